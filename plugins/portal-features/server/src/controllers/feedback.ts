import type { Core } from '@strapi/strapi';
import { feedbackSchema } from '../validation/feedback';
import { locationPageQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { getService } from '../utils/get-service';

/** Feedback routes: the portal's (give, mine) and the admin's (a location's feedback with its summary). */
const feedbackController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /feedback { location, rating, note } */
  async create(ctx: any) {
    const user = signedInUser(ctx);
    const input = parseOrRefuse(feedbackSchema, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'feedback').give({ userId: user.id, input }) };
  },

  /** GET /feedback?location=&page&pageSize: the signed-in user's own feedback. */
  async find(ctx: any) {
    const user = signedInUser(ctx);
    const query = parseOrRefuse(locationPageQuery, ctx.query);
    const { results, pagination } = await getService(strapi, 'feedback').mine({ userId: user.id, ...query });
    ctx.body = { data: results, meta: { pagination } };
  },

  /** Admin: GET /portal-features/feedback?location=&page&pageSize */
  async forLocation(ctx: any) {
    const query = parseOrRefuse(locationPageQuery, ctx.query);
    const { results, pagination, summary, location } = await getService(strapi, 'feedback').forLocation(query);
    ctx.body = { data: results, meta: { pagination, summary, location } };
  },
});

export default feedbackController;
