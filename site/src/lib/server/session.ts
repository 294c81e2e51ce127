import type { AstroCookies } from 'astro';
import { isProduction } from './config';

const COOKIE = 'portal_session';
const SEVEN_DAYS = 7 * 24 * 60 * 60;

/** The JWT lives only in this httpOnly cookie: page scripts can never read it. */
export const readSessionToken = (cookies: AstroCookies) => cookies.get(COOKIE)?.value ?? null;

export const startSession = (cookies: AstroCookies, token: string) =>
  cookies.set(COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: isProduction(), path: '/', maxAge: SEVEN_DAYS });

export const endSession = (cookies: AstroCookies) => cookies.delete(COOKIE, { path: '/' });

/** A same-site path to go back to, or null: a link elsewhere is never followed after logging in. */
export const sameSitePath = (value: string | null | undefined) =>
  value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : null;

/** Only same-site paths may be returned to after logging in. */
export const safeReturnPath = (value: string | null | undefined, fallback = '/requests') => sameSitePath(value) ?? fallback;
