import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { liveFeatures, readFeatureSettings, type FeatureKey } from '../features/catalogue';
import { FeatureDisabledError } from '../errors/feature-disabled';

const LOCATION = 'plugin::portal-features.location';
const CUSTOMER = 'plugin::portal-features.customer';
const FEATURE_CHANGE = 'plugin::portal-features.feature-change';

export interface HistoryEntry {
  at: string;
  scope: 'feature' | 'location-portal' | 'customer-portal';
  feature: string | null;
  location: string | null;
  customer: string | null;
  before: boolean;
  after: boolean;
  changedBy: string;
}

const notFound = (what: string) => new errors.NotFoundError(`${what} not found`);

/** Portal switches: whether a feature is live at a location, the admin's ways to switch them, and their history. */
const features = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * For routes called without a portal user (a time-clock device): the location's database id,
   * or 403 FeatureDisabled unless `feature` is live there, or 400 for an unknown location.
   */
  async requireLiveAt(args: { location: string; feature: FeatureKey }): Promise<number> {
    const location = await strapi.db.query(LOCATION).findOne({ where: { documentId: args.location }, populate: { customer: { select: ['portalEnabled'] } } });
    if (!location) {
      throw new errors.ValidationError('Unknown location', { errors: [{ path: ['location'], message: 'Unknown location', name: 'ValidationError' }] });
    }
    const live = liveFeatures({
      customerPortal: Boolean(location.customer?.portalEnabled),
      locationPortal: Boolean(location.portalEnabled),
      features: readFeatureSettings(location.features),
    });
    if (!live.includes(args.feature)) throw new FeatureDisabledError(args.feature, args.location);
    return location.id;
  },

  /**
   * Turns one feature on or off at one location. The location row is locked while its switches
   * are read and written, so two admins switching different features at once both count.
   * The change is recorded by the switch-history document middleware.
   */
  async setFeature(args: { locationDocumentId: string; feature: FeatureKey; enabled: boolean }) {
    const table = strapi.db.metadata.get(LOCATION).tableName;
    await strapi.db.transaction(async ({ trx }) => {
      const row = await strapi.db.connection(table).transacting(trx).where({ document_id: args.locationDocumentId }).forUpdate().first('id', 'features');
      if (!row) throw notFound('Location');
      const features = { ...readFeatureSettings(row.features), [args.feature]: args.enabled };
      await strapi.documents(LOCATION as any).update({ documentId: args.locationDocumentId, data: { features } as any });
    });
  },

  /** Turns a feature on or off at every location of a customer, all or nothing. */
  async setFeatureForCustomer(args: { customerDocumentId: string; feature: FeatureKey; enabled: boolean }) {
    const customer = await strapi.db.query(CUSTOMER).findOne({ where: { documentId: args.customerDocumentId }, populate: { locations: { select: ['documentId'] } } });
    if (!customer) throw notFound('Customer');
    await strapi.db.transaction(async () => {
      for (const location of customer.locations ?? []) {
        await this.setFeature({ locationDocumentId: location.documentId, feature: args.feature, enabled: args.enabled });
      }
    });
    return (customer.locations ?? []).length as number;
  },

  async setLocationPortal(args: { locationDocumentId: string; enabled: boolean }) {
    const exists = await strapi.db.query(LOCATION).count({ where: { documentId: args.locationDocumentId } });
    if (!exists) throw notFound('Location');
    await strapi.documents(LOCATION as any).update({ documentId: args.locationDocumentId, data: { portalEnabled: args.enabled } as any });
  },

  async setCustomerPortal(args: { customerDocumentId: string; enabled: boolean }) {
    const exists = await strapi.db.query(CUSTOMER).count({ where: { documentId: args.customerDocumentId } });
    if (!exists) throw notFound('Customer');
    await strapi.documents(CUSTOMER as any).update({ documentId: args.customerDocumentId, data: { portalEnabled: args.enabled } as any });
  },

  /** The history of switch changes, newest first, optionally for one location (and its customer). */
  async history(args: { locationDocumentId?: string; page: number; pageSize: number }) {
    let where: Record<string, unknown> = {};
    if (args.locationDocumentId) {
      const location = await strapi.db.query(LOCATION).findOne({ where: { documentId: args.locationDocumentId }, populate: { customer: { select: ['id'] } } });
      if (!location) throw notFound('Location');
      where = { $or: [{ location: { id: location.id } }, ...(location.customer ? [{ customer: { id: location.customer.id } }] : [])] };
    }
    const [rows, total] = await Promise.all([
      strapi.db.query(FEATURE_CHANGE).findMany({
        where,
        populate: { location: { select: ['name'] }, customer: { select: ['name'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: args.pageSize,
        offset: (args.page - 1) * args.pageSize,
      }),
      strapi.db.query(FEATURE_CHANGE).count({ where }),
    ]);
    const results: HistoryEntry[] = rows.map((row: any) => ({
      at: new Date(row.createdAt).toISOString(),
      scope: row.scope,
      feature: row.feature ?? null,
      location: row.location?.name ?? null,
      customer: row.customer?.name ?? null,
      before: row.before,
      after: row.after,
      changedBy: row.changedByName ?? 'System',
    }));
    return { results, pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) } };
  },
});

export type FeaturesService = ReturnType<typeof features>;
export default features;
