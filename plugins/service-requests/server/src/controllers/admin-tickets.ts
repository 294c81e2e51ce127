import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { fieldErrors } from '../validation/report-problem';
import { TICKET_STATUSES } from '../services/admin-tickets';
import { getService } from '../utils/get-service';

const listQuerySchema = z.object({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int('page must be a whole number from 1').min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize must be a whole number from 1 to 100' })
    .int('pageSize must be a whole number from 1 to 100')
    .min(1, 'pageSize must be a whole number from 1 to 100')
    .max(100, 'pageSize must be a whole number from 1 to 100')
    .default(20),
  status: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(TICKET_STATUSES, { error: `status must be one of ${TICKET_STATUSES.join(', ')}` }).optional(),
  ),
  q: z
    .string({ error: 'q must be text of at most 200 characters' })
    .trim()
    .max(200, 'q must be text of at most 200 characters')
    .optional()
    .transform((value) => (value ? value : undefined)),
});

/** Admin panel: the service desk. The route's policies have already checked the admin's permission. */
const adminTickets = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /service-requests/tickets?page&pageSize&status&q */
  async find(ctx: any) {
    const parsed = listQuerySchema.safeParse(ctx.query ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError('Invalid query parameters', { errors: fieldErrors(parsed.error) });
    }
    const { results, pagination } = await getService(strapi, 'admin-tickets').list(parsed.data);
    ctx.body = { data: results, meta: { pagination } };
  },
});

export default adminTickets;
