import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { fieldErrors, reportProblemSchema } from '../validation/report-problem';
import { getService } from '../utils/get-service';
import type { IncomingFile } from '../services/attachments';

const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
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
    const ticket = await getService(strapi, 'tickets').reportProblem({ reporter, input: parsed.data, files: filesIn(ctx) });
    ctx.status = 201;
    ctx.body = { data: ticket };
  },

  async find(ctx: any) {
    const user = signedInUser(ctx);
    const paging = pagingSchema.safeParse(ctx.query ?? {});
    if (!paging.success) throw new errors.ValidationError('Bad paging', { errors: fieldErrors(paging.error) });
    const { results, pagination } = await getService(strapi, 'tickets').listVisible({ userId: user.id, ...paging.data });
    ctx.body = { data: results, meta: { pagination } };
  },

  async findOne(ctx: any) {
    const user = signedInUser(ctx);
    const ticket = await getService(strapi, 'tickets').findVisible({ userId: user.id, documentId: String(ctx.params.documentId) });
    ctx.body = { data: ticket };
  },
});

export default portalTickets;
