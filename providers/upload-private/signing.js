'use strict';

/**
 * Signed, short-lived links to private files: /private-files/<name>?expires=<unix s>&signature=<hmac>.
 * The signature covers the name and the expiry, so a link can be neither retargeted nor extended.
 */
const crypto = require('node:crypto');

const ROUTE_PREFIX = '/private-files/';
const SAFE_NAME = /^[A-Za-z0-9_.-]+$/;

const signatureOf = (secret, name, expires) => crypto.createHmac('sha256', secret).update(`${name}\n${expires}`).digest('base64url');

/** The path and query of a link to `name` valid for `ttlSeconds` from `now`. */
const signedPath = ({ secret, name, ttlSeconds, now = Date.now() }) => {
  const expires = Math.floor(now / 1000) + ttlSeconds;
  return `${ROUTE_PREFIX}${encodeURIComponent(name)}?expires=${expires}&signature=${signatureOf(secret, name, expires)}`;
};

/** Why a request for a private file is refused, or null when its link is valid now. */
const linkProblem = ({ secret, name, expires, signature, now = Date.now() }) => {
  if (typeof name !== 'string' || !SAFE_NAME.test(name) || name.startsWith('.')) return 'bad name';
  const expiresAt = Number(expires);
  if (!Number.isInteger(expiresAt)) return 'missing expiry';
  if (expiresAt * 1000 < now) return 'expired';
  const expected = Buffer.from(signatureOf(secret, name, expiresAt));
  const given = Buffer.from(String(signature ?? ''));
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'bad signature';
  return null;
};

module.exports = { ROUTE_PREFIX, signedPath, linkProblem };
