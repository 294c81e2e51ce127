import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { FEATURE_KEYS, type FeatureKey } from '../features/catalogue';
import { parseOrRefuse } from '../validation/request';
import { getService } from '../utils/get-service';

const switchBody = z.object({ enabled: z.boolean({ error: 'enabled must be true or false' }) });
const featureParam = z.enum(FEATURE_KEYS as [FeatureKey, ...FeatureKey[]], { error: `feature must be one of ${FEATURE_KEYS.join(', ')}` });
const historyQuery = z.object({
  location: z.string().trim().min(1).max(64).optional(),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100, 'pageSize must be a whole number from 1 to 100').default(20),
});

/** Admin panel: the portal switches (customer, location, each feature) and their history. */
const adminSwitches = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** PUT /locations/:documentId/features/:feature { enabled } */
  async setLocationFeature(ctx: any) {
    const feature = parseOrRefuse(featureParam, ctx.params.feature);
    const { enabled } = parseOrRefuse(switchBody, ctx.request.body);
    await getService(strapi, 'features').setFeature({ locationDocumentId: ctx.params.documentId, feature, enabled });
    ctx.body = { data: { location: ctx.params.documentId, feature, enabled } };
  },

  /** PUT /customers/:documentId/features/:feature { enabled }: the whole column for a customer's locations. */
  async setCustomerFeature(ctx: any) {
    const feature = parseOrRefuse(featureParam, ctx.params.feature);
    const { enabled } = parseOrRefuse(switchBody, ctx.request.body);
    const locations = await getService(strapi, 'features').setFeatureForCustomer({ customerDocumentId: ctx.params.documentId, feature, enabled });
    ctx.body = { data: { customer: ctx.params.documentId, feature, enabled, locations } };
  },

  /** PUT /locations/:documentId/portal { enabled } */
  async setLocationPortal(ctx: any) {
    const { enabled } = parseOrRefuse(switchBody, ctx.request.body);
    await getService(strapi, 'features').setLocationPortal({ locationDocumentId: ctx.params.documentId, enabled });
    ctx.body = { data: { location: ctx.params.documentId, portalEnabled: enabled } };
  },

  /** PUT /customers/:documentId/portal { enabled } */
  async setCustomerPortal(ctx: any) {
    const { enabled } = parseOrRefuse(switchBody, ctx.request.body);
    await getService(strapi, 'features').setCustomerPortal({ customerDocumentId: ctx.params.documentId, enabled });
    ctx.body = { data: { customer: ctx.params.documentId, portalEnabled: enabled } };
  },

  /** GET /history?location&page&pageSize */
  async history(ctx: any) {
    const query = parseOrRefuse(historyQuery, ctx.query ?? {});
    const { results, pagination } = await getService(strapi, 'features').history({ locationDocumentId: query.location, page: query.page, pageSize: query.pageSize });
    ctx.body = { data: results, meta: { pagination } };
  },

  /** GET /customers: for the grid's customer filter. */
  async customers(ctx: any) {
    const rows = await strapi.db.query('plugin::portal-features.customer').findMany({ select: ['documentId', 'name', 'portalEnabled'], orderBy: [{ name: 'asc' }] });
    ctx.body = { data: rows.map((row: any) => ({ documentId: row.documentId, name: row.name, portalEnabled: Boolean(row.portalEnabled) })) };
  },
});

export default adminSwitches;
