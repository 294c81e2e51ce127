import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { WORK_ORDER_STATES } from '../domain/work-order-lifecycle';
import { staffActorFrom } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { fieldErrors } from '../validation/report-problem';

const boardQuerySchema = z.object({
  from: z.iso.datetime({ error: 'from must be an ISO date-time', offset: true }).optional(),
  to: z.iso.datetime({ error: 'to must be an ISO date-time', offset: true }).optional(),
  state: z.preprocess((value) => (value === '' ? undefined : value), z.enum(WORK_ORDER_STATES as [string, ...string[]], { error: `state must be one of ${WORK_ORDER_STATES.join(', ')}` }).optional()),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100, 'pageSize must be a whole number from 1 to 100').default(20),
});

const actorOf = (ctx: any) => {
  const actor = staffActorFrom(ctx.state.user);
  if (!actor) throw new errors.UnauthorizedError('Log in to continue');
  return actor;
};

/** Admin: the dispatch board and the dispatcher's actions on work orders. */
const dispatchDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /work-orders?from&to&state&page&pageSize: from/to bound "today's appointments" in the viewer's day. */
  async board(ctx: any) {
    const parsed = boardQuerySchema.safeParse(ctx.query ?? {});
    if (!parsed.success) throw new errors.ValidationError('Invalid query parameters', { errors: fieldErrors(parsed.error) });
    const from = parsed.data.from ? new Date(parsed.data.from) : new Date(new Date().setUTCHours(0, 0, 0, 0));
    const to = parsed.data.to ? new Date(parsed.data.to) : new Date(from.getTime() + 24 * 3_600_000);
    ctx.body = { data: await getService(strapi, 'dispatch-board').board({ appointmentsFrom: from, appointmentsTo: to, state: parsed.data.state, page: parsed.data.page, pageSize: parsed.data.pageSize }) };
  },

  /** POST /tickets/:documentId/work-orders: the ticket becomes a work order, offered by its rule. */
  async createFromTicket(ctx: any) {
    const order = await getService(strapi, 'work-orders').createFromTicket({ ticketDocumentId: String(ctx.params.documentId), actor: actorOf(ctx) });
    ctx.status = 201;
    ctx.body = { data: { documentId: order.documentId } };
  },

  async cancel(ctx: any) {
    await getService(strapi, 'work-orders').cancel({ documentId: String(ctx.params.documentId), actor: actorOf(ctx) });
    ctx.body = { data: { documentId: String(ctx.params.documentId) } };
  },

  async redispatch(ctx: any) {
    await getService(strapi, 'work-orders').redispatch({ documentId: String(ctx.params.documentId), actor: actorOf(ctx) });
    ctx.body = { data: { documentId: String(ctx.params.documentId) } };
  },
});

export default dispatchDesk;
