import type { Core } from '@strapi/strapi';
import { locationPageQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { getService } from '../utils/get-service';

/** GET /quality-checks?location=&page&pageSize: the location's published inspections. */
const qualityChecksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const user = signedInUser(ctx);
    const query = parseOrRefuse(locationPageQuery, ctx.query, 'Invalid query parameters');
    const { results, pagination } = await getService(strapi, 'quality-checks').published({ userId: user.id, ...query });
    ctx.body = { data: results, meta: { pagination } };
  },
});

export default qualityChecksController;
