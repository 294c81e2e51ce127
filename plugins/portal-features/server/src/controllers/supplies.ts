import type { Core } from '@strapi/strapi';
import { supplyRequestSchema } from '../validation/supply-request';
import { locationPageQuery, locationQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { getService } from '../utils/get-service';

/** The portal's Supply Request routes. Each one answers 403 FeatureDisabled while the feature is off. */
const suppliesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /supplies/catalogue?location= */
  async catalogue(ctx: any) {
    const user = signedInUser(ctx);
    const { location } = parseOrRefuse(locationQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'supplies').catalogue({ userId: user.id, location }) };
  },

  /** GET /supplies/requests?location=&page&pageSize */
  async find(ctx: any) {
    const user = signedInUser(ctx);
    const query = parseOrRefuse(locationPageQuery, ctx.query);
    const { results, pagination } = await getService(strapi, 'supplies').mine({ userId: user.id, ...query });
    ctx.body = { data: results, meta: { pagination } };
  },

  /** POST /supplies/requests { location, lines: [{ item, quantity }], note } */
  async create(ctx: any) {
    const user = signedInUser(ctx);
    const input = parseOrRefuse(supplyRequestSchema, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'supplies').request({ user, input }) };
  },
});

export default suppliesController;
