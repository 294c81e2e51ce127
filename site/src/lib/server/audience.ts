import { strapi } from './strapi';
import type { Place } from '../portal-types';
import type { VendorOffer } from '../vendor-types';

/**
 * Who the signed-in user is to the portal. Residents (tenants, occupants, customer contacts,
 * owners) have places; vendors have offers and work orders. Strapi's /users/me does not say which
 * role a user holds, so the routes themselves tell: the places route is granted to the residents'
 * roles only, and the vendor routes to the vendor role only. A vendor costs one more call than a
 * resident; nobody is ever authorized by this, it only picks the pages and the navigation.
 */
export type Audience = 'resident' | 'vendor';

export interface PortalAccess {
  audience: Audience;
  places: Place[];
  /** Offers waiting for the vendor's answer (the navigation shows how many). */
  openOffers: number;
}

export async function portalAccessOf(token: string): Promise<PortalAccess> {
  const places = await strapi<Place[]>('/portal-features/me/places', { token });
  // A failure other than "not your route" (Strapi unreachable) keeps the resident's pages, which say so.
  if (places.ok || places.status !== 403) return { audience: 'resident', places: places.data ?? [], openOffers: 0 };
  const offers = await strapi<VendorOffer[]>('/service-requests/vendor/offers', { token });
  if (offers.ok) return { audience: 'vendor', places: [], openOffers: offers.data?.length ?? 0 };
  // PolicyError: a vendor account not linked to an active vendor. Its pages explain that.
  if (offers.error?.name === 'PolicyError') return { audience: 'vendor', places: [], openOffers: 0 };
  return { audience: 'resident', places: [], openOffers: 0 };
}

/** Where a user starts after logging in: a vendor's answers come first while offers wait. */
export const homeOf = (access: Pick<PortalAccess, 'audience' | 'openOffers'>) =>
  access.audience === 'vendor' ? (access.openOffers > 0 ? '/vendor/offers' : '/vendor/work-orders') : '/requests';

/** The parts of the portal a vendor uses; every other page is the residents'. */
export const isVendorPath = (path: string) =>
  path === '/vendor' ||
  path.startsWith('/vendor/') ||
  path.startsWith('/act/') ||
  // Signed links to a work order's photos and invoice are streamed through /files.
  ['/files', '/login', '/logout', '/accessibility', '/accessibility/'].includes(path) ||
  path.startsWith('/_');
