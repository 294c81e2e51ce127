import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { supplyRequestSchema } from '../validation/supply-request';
import { fieldErrors } from '../validation/field-errors';
import { getService } from '../utils/get-service';

const locationQuery = z.object({ location: z.string({ error: 'location is required' }).trim().min(1, 'location is required').max(64) });
const listQuery = locationQuery.extend({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100, 'pageSize must be a whole number from 1 to 100').default(20),
});

const parse = <T>(schema: z.ZodType<T>, value: unknown, message = 'Some fields need attention'): T => {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new errors.ValidationError(message, { errors: fieldErrors(parsed.error) });
  return parsed.data;
};

const signedInUser = (ctx: any) => {
  if (!ctx.state.user) throw new errors.UnauthorizedError('Log in to continue');
  return ctx.state.user as { id: number; email: string; username?: string };
};

/** The portal's Supply Request routes. Each one answers 403 FeatureDisabled while the feature is off. */
const suppliesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /supplies/catalogue?location= */
  async catalogue(ctx: any) {
    const user = signedInUser(ctx);
    const { location } = parse(locationQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'supplies').catalogue({ userId: user.id, location }) };
  },

  /** GET /supplies/requests?location=&page&pageSize */
  async find(ctx: any) {
    const user = signedInUser(ctx);
    const query = parse(listQuery, ctx.query);
    const { results, pagination } = await getService(strapi, 'supplies').mine({ userId: user.id, ...query });
    ctx.body = { data: results, meta: { pagination } };
  },

  /** POST /supplies/requests { location, lines: [{ item, quantity }], note } */
  async create(ctx: any) {
    const user = signedInUser(ctx);
    const input = parse(supplyRequestSchema, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'supplies').request({ user, input }) };
  },
});

export default suppliesController;
