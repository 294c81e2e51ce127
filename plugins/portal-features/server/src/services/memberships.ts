import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FeatureDisabledError } from '../errors/feature-disabled';
import { placeRowsOf, type PlaceRow } from '../repositories/places';
import { liveFeatures, readFeatureSettings, type FeatureKey } from '../features/catalogue';

/** A place a portal user belongs to, in the shape the portal and other plugins need. */
export interface Place {
  membershipId: number;
  role: string;
  location: { id: number; documentId: string; name: string; timezone: string; portalOpen: boolean };
  unit: { id: number; documentId: string; name: string } | null;
  /** The features live at the location: all three switches on. */
  features: FeatureKey[];
}

/** A membership row (see repositories/places) in the shape the portal and other plugins need. */
const toPlace = (row: PlaceRow): Place => {
  const switches = {
    customerPortal: row.customerPortal ?? false,
    locationPortal: Boolean(row.locationPortal),
    features: readFeatureSettings(row.features),
  };
  return {
    membershipId: row.membershipId,
    role: row.role,
    location: {
      id: row.locationId,
      documentId: row.locationDocumentId,
      name: row.locationName,
      timezone: row.timezone,
      // The portal is open at a location only while both the customer's and the location's switch are on.
      portalOpen: switches.customerPortal && switches.locationPortal,
    },
    unit: row.unitId === null ? null : { id: row.unitId, documentId: row.unitDocumentId!, name: row.unitName! },
    features: liveFeatures(switches),
  };
};

const memberships = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every place the user is a member of, whether or not its portal is open. */
  async placesOf(userId: number): Promise<Place[]> {
    const rows = await placeRowsOf(strapi, userId);
    return rows.map(toPlace);
  },

  /**
   * The user's membership at a location, for a route of `feature`. A member whose feature (or
   * portal) is off gets 403 FeatureDisabled; anyone else 404, which says nothing about the place.
   */
  async placeWithLiveFeature(args: { userId: number; location: string; feature: FeatureKey }): Promise<Place> {
    const places = await this.placesOf(args.userId);
    const place = places.find((candidate) => candidate.location.documentId === args.location);
    if (!place) throw new errors.NotFoundError('Location not found');
    this.requireFeature(place, args.feature);
    return place;
  },

  /** Refuses with 403 FeatureDisabled unless `feature` is live at an already loaded place. */
  requireFeature(place: Place, feature: FeatureKey) {
    if (!place.features.includes(feature)) throw new FeatureDisabledError(feature, place.location.documentId);
  },

  /** The places where the user may use the portal today. */
  async openPlacesOf(userId: number): Promise<Place[]> {
    const places = await this.placesOf(userId);
    return places.filter((place) => place.location.portalOpen);
  },
});

export type MembershipsService = ReturnType<typeof memberships>;
export default memberships;
