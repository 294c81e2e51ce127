import type { Core } from '@strapi/strapi';

/** Where a portal user belongs, read from the portal-features plugin. */
export interface Place {
  role: string;
  location: { id: number; documentId: string; name: string; timezone: string; portalOpen: boolean };
  unit: { id: number; documentId: string; name: string } | null;
  /** The portal features live at the location. */
  features: string[];
}

export const SERVICE_REQUEST = 'service-request';
export const ELAPSED_TIME = 'elapsed-time';

/**
 * Every membership of the user, open portal or not: a member whose portal is switched off is
 * told the feature is off (403 FeatureDisabled), not that they are a stranger.
 */
export const placesOf = (strapi: Core.Strapi, userId: number): Promise<Place[]> =>
  strapi.plugin('portal-features').service('memberships').placesOf(userId);

/** Answers 403 FeatureDisabled (from portal-features) unless `feature` is live at the place. */
export const requireFeature = (strapi: Core.Strapi, place: Place, feature: string): void =>
  strapi.plugin('portal-features').service('memberships').requireFeature(place, feature);

/** The active property managers of a location, whom new problems are reported to. */
export const managersOf = (strapi: Core.Strapi, locationId: number): Promise<Array<{ email: string; name: string }>> =>
  strapi.plugin('portal-features').service('location-people').managersOf(locationId);
