import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { getService } from '../utils/get-service';
import { fieldErrors } from '../validation/field-errors';

/** An optional text parameter: trimmed, and left out when empty. */
const optionalText = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : undefined));

const listQuerySchema = z.object({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int('page must be a whole number from 1').min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize must be a whole number from 1 to 100' })
    .int('pageSize must be a whole number from 1 to 100')
    .min(1, 'pageSize must be a whole number from 1 to 100')
    .max(100, 'pageSize must be a whole number from 1 to 100')
    .default(20),
  q: optionalText(200, 'q must be text of at most 200 characters'),
  customer: optionalText(64, 'customer must be a customer documentId'),
});


/** Admin panel: locations. The route's policies have already checked the admin's permission. */
const adminLocations = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /portal-features/locations?page&pageSize&q&customer */
  async find(ctx: any) {
    const parsed = listQuerySchema.safeParse(ctx.query ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError('Invalid query parameters', { errors: fieldErrors(parsed.error) });
    }
    const { results, pagination } = await getService(strapi, 'admin-locations').list(parsed.data);
    ctx.body = { data: results, meta: { pagination } };
  },
});

export default adminLocations;
