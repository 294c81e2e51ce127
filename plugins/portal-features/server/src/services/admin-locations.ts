import type { Core } from '@strapi/strapi';
import { liveFeatures, readFeatureSettings, type FeatureKey, type FeatureSettings } from '../features/catalogue';

const LOCATION = 'plugin::portal-features.location';

export interface LocationListQuery {
  page: number;
  pageSize: number;
  /** Part of the location's name, any case. */
  q?: string;
  /** The customer's documentId. */
  customer?: string;
}

/** One row of the admin panel's locations table. */
export interface LocationRow {
  documentId: string;
  name: string;
  timezone: string;
  portalEnabled: boolean;
  customer: { documentId: string; name: string; portalEnabled: boolean } | null;
  unitCount: number;
  propertyManagers: Array<{ name: string; email: string }>;
  /** Each feature's own switch. */
  features: FeatureSettings;
  /** The features residents see: the customer's and the location's portal and the feature all on. */
  live: FeatureKey[];
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

const ADMIN_POPULATE = {
  customer: { fields: ['name', 'portalEnabled'] },
  units: { count: true },
} as const;

interface Manager {
  firstname?: string | null;
  lastname?: string | null;
  email: string;
}

const displayName = (user: Manager) => [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email;

export const toLocationRow = (location: any, managers: Manager[]): LocationRow => ({
  documentId: location.documentId,
  name: location.name,
  timezone: location.timezone,
  portalEnabled: Boolean(location.portalEnabled),
  customer: location.customer
    ? { documentId: location.customer.documentId, name: location.customer.name, portalEnabled: Boolean(location.customer.portalEnabled) }
    : null,
  unitCount: Number(location.units?.count ?? 0),
  propertyManagers: managers.map((user) => ({ name: displayName(user), email: user.email })),
  features: readFeatureSettings(location.features),
  live: liveFeatures({
    customerPortal: Boolean(location.customer?.portalEnabled),
    locationPortal: Boolean(location.portalEnabled),
    features: readFeatureSettings(location.features),
  }),
});

export const locationFilters = (query: Pick<LocationListQuery, 'q' | 'customer'>) => ({
  ...(query.q ? { name: { $containsi: query.q } } : {}),
  ...(query.customer ? { customer: { documentId: { $eq: query.customer } } } : {}),
});

/** What staff see of locations in the admin panel. */
const adminLocations = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Property managers are admin users, whose email the Document Service will not populate
   * (it is a private attribute), so they are read from the relation directly.
   */
  const managersByLocation = async (locationIds: number[]): Promise<Map<number, Manager[]>> => {
    if (locationIds.length === 0) return new Map();
    const rows = await strapi.db.query(LOCATION).findMany({
      where: { id: { $in: locationIds } },
      select: ['id'],
      populate: { propertyManagers: { select: ['firstname', 'lastname', 'email'], orderBy: [{ id: 'asc' }] } },
    });
    return new Map(rows.map((row: any) => [row.id as number, (row.propertyManagers ?? []) as Manager[]]));
  };

  return {
    /** One page of locations, by name, with their customer, unit count and property managers. */
    async list(query: LocationListQuery): Promise<{ results: LocationRow[]; pagination: Pagination }> {
      const filters = locationFilters(query);
      const [rows, total] = await Promise.all([
        strapi.documents(LOCATION as any).findMany({
          filters: filters as any,
          populate: ADMIN_POPULATE as any,
          sort: [{ name: 'asc' }, { id: 'asc' }] as any,
          limit: query.pageSize,
          start: (query.page - 1) * query.pageSize,
        }),
        strapi.documents(LOCATION as any).count({ filters: filters as any }),
      ]);
      const managers = await managersByLocation(rows.map((row: any) => row.id));
      return {
        results: rows.map((row: any) => toLocationRow(row, managers.get(row.id) ?? [])),
        pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
      };
    },
  };
};

export type AdminLocationsService = ReturnType<typeof adminLocations>;
export default adminLocations;
