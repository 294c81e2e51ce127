import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { fieldErrors, replySchema, reportProblemSchema } from '../validation/report-problem';
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
});

export default portalTickets;
