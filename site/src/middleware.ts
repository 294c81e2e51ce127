import { defineMiddleware, sequence } from 'astro:middleware';
import { strapi } from './lib/server/strapi';
import { endSession, readSessionToken } from './lib/server/session';
import { currentLocation, locationsOf } from './lib/server/places';
import type { Place } from './lib/portal-types';

interface Me {
  id: number;
  email: string;
  username: string;
}

/** Resolves the session cookie to a user; a token Strapi no longer accepts ends the session. */
const loadSession = defineMiddleware(async ({ cookies, locals }, next) => {
  locals.user = null;
  locals.token = null;
  locals.places = [];
  locals.locations = [];
  locals.location = null;
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

/** Where the user belongs and which location they are looking at: the portal shows only what is live there. */
const loadPlaces = defineMiddleware(async ({ cookies, locals }, next) => {
  if (locals.token) {
    const places = await strapi<Place[]>('/portal-features/me/places', { token: locals.token });
    locals.places = places.data ?? [];
    locals.locations = locationsOf(locals.places);
    locals.location = currentLocation(cookies, locals.locations);
  }
  return next();
});

/** Everything but the login page and the accessibility statement (prerendered: built as `/accessibility/`) needs a signed-in user. */
const PUBLIC_PATHS = new Set(['/login', '/accessibility', '/accessibility/']);
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

export const onRequest = sequence(loadSession, requireUser, loadPlaces, noStore);
