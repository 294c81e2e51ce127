import { defineMiddleware, sequence } from 'astro:middleware';
import { strapi } from './lib/server/strapi';
import { endSession, readSessionToken } from './lib/server/session';

interface Me {
  id: number;
  email: string;
  username: string;
}

/** Resolves the session cookie to a user; a token Strapi no longer accepts ends the session. */
const loadSession = defineMiddleware(async ({ cookies, locals }, next) => {
  locals.user = null;
  locals.token = null;
  const token = readSessionToken(cookies);
  if (token) {
    const me = await strapi<Me>('/users/me', { token });
    if (me.ok && me.data) {
      locals.token = token;
      locals.user = { id: me.data.id, email: me.data.email, username: me.data.username };
    } else if (me.status === 401 || me.status === 403) {
      endSession(cookies);
    }
  }
  return next();
});

/** Everything but the login page needs a signed-in user. */
const PUBLIC_PATHS = new Set(['/login']);
const requireUser = defineMiddleware(({ locals, url, redirect }, next) => {
  if (!locals.user && !PUBLIC_PATHS.has(url.pathname) && !url.pathname.startsWith('/_')) {
    return redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
  }
  return next();
});

/** Pages with personal data must not be cached by the browser or shared caches. */
const noStore = defineMiddleware(async (_context, next) => {
  const response = await next();
  response.headers.set('cache-control', 'no-store');
  return response;
});

export const onRequest = sequence(loadSession, requireUser, noStore);
