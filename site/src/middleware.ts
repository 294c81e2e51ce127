import { defineMiddleware, sequence } from 'astro:middleware';
import { strapi } from './lib/server/strapi';
import { endSession, readSessionToken } from './lib/server/session';
import { currentLocation, locationsOf } from './lib/server/places';
import { homeOf, isVendorPath, portalAccessOf } from './lib/server/audience';

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
  locals.audience = 'resident';
  locals.openOffers = 0;
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

/**
 * Resident or vendor; for a resident, where they belong and which location they are looking at
 * (the portal shows only what is live there).
 */
const loadPlaces = defineMiddleware(async ({ cookies, locals }, next) => {
  if (locals.token) {
    const access = await portalAccessOf(locals.token);
    locals.audience = access.audience;
    locals.openOffers = access.openOffers;
    locals.places = access.places;
    locals.locations = locationsOf(locals.places);
    locals.location = currentLocation(cookies, locals.locations);
  }
  return next();
});

/** A vendor never sees the residents' sections: those addresses lead to the vendor's own pages. */
const vendorPagesOnly = defineMiddleware(({ locals, url, redirect }, next) => {
  if (locals.user && locals.audience === 'vendor' && !isVendorPath(url.pathname)) {
    return redirect(homeOf(locals), 303);
  }
  return next();
});

/**
 * Everything but the login page, the accessibility statement (prerendered: built as
 * `/accessibility/`) and the action links from emails (the token in the link is the credential)
 * needs a signed-in user.
 */
const PUBLIC_PATHS = new Set(['/login', '/accessibility', '/accessibility/']);
const isPublic = (path: string) => PUBLIC_PATHS.has(path) || path.startsWith('/act/') || path.startsWith('/_');
const requireUser = defineMiddleware(({ locals, url, redirect }, next) => {
  if (!locals.user && !isPublic(url.pathname)) {
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

export const onRequest = sequence(loadSession, requireUser, loadPlaces, vendorPagesOnly, noStore);
