import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { feedbackSchema } from '../validation/feedback';
import { fieldErrors } from '../validation/field-errors';
import { getService } from '../utils/get-service';

const listQuery = z.object({
  location: z.string({ error: 'location is required' }).trim().min(1, 'location is required').max(64),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100, 'pageSize must be a whole number from 1 to 100').default(20),
});

const parse = <T>(schema: z.ZodType<T>, value: unknown): T => {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new errors.ValidationError('Some fields need attention', { errors: fieldErrors(parsed.error) });
  return parsed.data;
};

const userId = (ctx: any): number => {
  if (!ctx.state.user) throw new errors.UnauthorizedError('Log in to continue');
  return ctx.state.user.id;
};

/** Feedback routes: the portal's (give, mine) and the admin's (a location's feedback with its summary). */
const feedbackController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /feedback { location, rating, note } */
  async create(ctx: any) {
    const input = parse(feedbackSchema, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'feedback').give({ userId: userId(ctx), input }) };
  },

  /** GET /feedback?location=&page&pageSize: the signed-in user's own feedback. */
  async find(ctx: any) {
    const query = parse(listQuery, ctx.query);
    const { results, pagination } = await getService(strapi, 'feedback').mine({ userId: userId(ctx), ...query });
    ctx.body = { data: results, meta: { pagination } };
  },

  /** Admin: GET /portal-features/feedback?location=&page&pageSize */
  async forLocation(ctx: any) {
    const query = parse(listQuery, ctx.query);
    const { results, pagination, summary, location } = await getService(strapi, 'feedback').forLocation(query);
    ctx.body = { data: results, meta: { pagination, summary, location } };
  },
});

export default feedbackController;
