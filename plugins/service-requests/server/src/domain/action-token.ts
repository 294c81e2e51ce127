import crypto from 'node:crypto';

/**
 * Links in emails that act (accept or decline an offer, approve or reject spend) carry a random
 * 128-bit token. Only its SHA-256 is stored, so a database leak yields no usable links; the row
 * binds it to one action, one object and one recipient, expires within 72 hours and is used once.
 */
export const TOKEN_BYTES = 16;
export const MAX_TOKEN_HOURS = 72;

export type TokenAction = 'accept-offer' | 'decline-offer' | 'approve' | 'reject';

export const newToken = () => crypto.randomBytes(TOKEN_BYTES).toString('base64url');

export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

/** 16 bytes in base64url are 22 characters of that alphabet; anything else was never issued. */
export const looksLikeToken = (value: string) => /^[A-Za-z0-9_-]{22}$/.test(value);
