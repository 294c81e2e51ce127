import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { fieldErrors, replySchema, reportProblemSchema } from '../validation/report-problem';
import { cancelSchema, notificationsSchema, ratingSchema } from '../validation/reporter-actions';
import { getService } from '../utils/get-service';
import type { IncomingFile } from '../services/attachments';

const listQuerySchema = z.object({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100, 'pageSize must be a whole number from 1 to 100').default(20),
  location: z.string().trim().min(1).max(64).optional(),
});

const filesIn = (ctx: any): IncomingFile[] => {
  const value = ctx.request.files?.attachments;
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).filter((file: IncomingFile) => file.size > 0 || file.originalFilename);
};

/** Parses a body with `schema`, or answers 400 naming each field. */
const parseBody = <T extends z.ZodTypeAny>(schema: T, ctx: any): z.infer<T> => {
  const parsed = schema.safeParse(ctx.request.body ?? {});
  if (!parsed.success) throw new errors.ValidationError('Some fields need attention', { errors: fieldErrors(parsed.error) });
  return parsed.data;
};

const signedInUser = (ctx: any) => {
  const user = ctx.state.user;
  if (!user) throw new errors.UnauthorizedError('Log in to continue');
  return user as { id: number; email: string; username?: string };
};

/** The portal's ticket routes: parse, check the caller, hand over to the tickets service. */
const portalTickets = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    const reporter = signedInUser(ctx);
    const parsed = reportProblemSchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      throw new errors.ValidationError('Some fields need attention', { errors: fieldErrors(parsed.error) });
    }
    const ticket = await getService(strapi, 'problem-reports').report({ reporter, input: parsed.data, files: filesIn(ctx) });
    ctx.status = 201;
    ctx.body = { data: ticket };
  },

  async find(ctx: any) {
    const user = signedInUser(ctx);
    const query = listQuerySchema.safeParse(ctx.query ?? {});
    if (!query.success) throw new errors.ValidationError('Invalid query parameters', { errors: fieldErrors(query.error) });
    const { results, pagination } = await getService(strapi, 'tickets').listVisible({ userId: user.id, ...query.data });
    ctx.body = { data: results, meta: { pagination } };
  },

  async findOne(ctx: any) {
    const user = signedInUser(ctx);
    const ticket = await getService(strapi, 'tickets').findVisibleWithMessages({ userId: user.id, documentId: String(ctx.params.documentId) });
    ctx.body = { data: ticket };
  },

  /** POST /tickets/:documentId/messages { body } (+ attachments): the reporter writes to management. */
  async reply(ctx: any) {
    const user = signedInUser(ctx);
    const parsed = replySchema.safeParse(ctx.request.body ?? {});
    if (!parsed.success) throw new errors.ValidationError('Some fields need attention', { errors: fieldErrors(parsed.error) });
    const message = await getService(strapi, 'conversation').reply({ user, documentId: String(ctx.params.documentId), body: parsed.data.body, files: filesIn(ctx) });
    ctx.status = 201;
    ctx.body = { data: message };
  },

  /** POST /tickets/:documentId/cancel { reason? }: the reporter withdraws a request not yet worked on. */
  async cancel(ctx: any) {
    const user = signedInUser(ctx);
    const { reason } = parseBody(cancelSchema, ctx);
    const documentId = String(ctx.params.documentId);
    await getService(strapi, 'reporter-actions').cancel({ userId: user.id, documentId, reason });
    ctx.body = { data: await getService(strapi, 'tickets').findVisibleWithMessages({ userId: user.id, documentId }) };
  },

  /** PUT /tickets/:documentId/notifications { notifyOnUpdate } */
  async setNotifications(ctx: any) {
    const user = signedInUser(ctx);
    const { notifyOnUpdate } = parseBody(notificationsSchema, ctx);
    const documentId = String(ctx.params.documentId);
    await getService(strapi, 'reporter-actions').setNotifications({ userId: user.id, documentId, notifyOnUpdate });
    ctx.body = { data: await getService(strapi, 'tickets').findVisibleWithMessages({ userId: user.id, documentId }) };
  },

  /** POST /tickets/:documentId/rating { rating: 1..5, comment? } */
  async rate(ctx: any) {
    const user = signedInUser(ctx);
    const { rating, comment } = parseBody(ratingSchema, ctx);
    const documentId = String(ctx.params.documentId);
    await getService(strapi, 'reporter-actions').rate({ userId: user.id, documentId, rating, comment });
    ctx.body = { data: await getService(strapi, 'tickets').findVisibleWithMessages({ userId: user.id, documentId }) };
  },

  /** POST /tickets/:documentId/appointment/confirm: the reporter takes the time the vendor proposed. */
  async confirmAppointment(ctx: any) {
    const user = signedInUser(ctx);
    const documentId = String(ctx.params.documentId);
    await getService(strapi, 'vendor-actions').confirmProposal({ userId: user.id, ticketDocumentId: documentId });
    ctx.body = { data: await getService(strapi, 'tickets').findVisibleWithMessages({ userId: user.id, documentId }) };
  },

  /** GET /categories: what the report form offers under "What is it about?". */
  async categories(ctx: any) {
    signedInUser(ctx);
    const rows = await strapi.db.query('plugin::service-requests.ticket-category').findMany({ where: { active: true }, select: ['documentId', 'name'], orderBy: { name: 'asc' } });
    ctx.body = { data: rows.map((row: any) => ({ documentId: row.documentId, name: row.name })) };
  },
});

export default portalTickets;
