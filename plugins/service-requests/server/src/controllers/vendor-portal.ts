import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { GoneError } from '../services/action-tokens';
import { getService } from '../utils/get-service';
import { fieldErrors } from '../validation/report-problem';
import { estimateSchema, invoiceSchema, notDoneSchema, slotSchema, taskSchema } from '../validation/vendor-actions';
import type { IncomingFile } from '../services/attachments';

const parse = <T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> => {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new errors.ValidationError('Some fields need attention', { errors: fieldErrors(parsed.error) });
  return parsed.data;
};

const filesIn = (ctx: any, field: string): IncomingFile[] => {
  const value = ctx.request.files?.[field];
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).filter((file: IncomingFile) => file.size > 0 || file.originalFilename);
};

const listSchema = z.object({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 50' }).int().min(1).max(50, 'pageSize must be a whole number from 1 to 50').default(20),
  done: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
});

const signedInUser = (ctx: any) => {
  if (!ctx.state.user) throw new errors.UnauthorizedError('Log in to continue');
  return ctx.state.user as { id: number };
};

/** The vendor portal's routes: each answers only for the vendor record the user is linked to. */
const vendorPortal = ({ strapi }: { strapi: Core.Strapi }) => {
  const portal = () => getService(strapi, 'vendor-portal');

  const actions = () => getService(strapi, 'vendor-actions');

  /** A vendor action on one of its work orders; answers with the order as it now is. */
  const act = (run: (vendorId: number, documentId: string, ctx: any) => Promise<unknown>) => async (ctx: any) => {
    const vendor = await portal().vendorOf(signedInUser(ctx).id);
    const documentId = String(ctx.params.documentId);
    await run(vendor.id, documentId, ctx);
    ctx.body = { data: await portal().workOrder(vendor.id, documentId) };
  };

  const answer = (choice: 'accept' | 'decline') => async (ctx: any) => {
    const user = signedInUser(ctx);
    try {
      await portal().answerOffer({ userId: user.id, offerDocumentId: String(ctx.params.documentId), answer: choice });
    } catch (error) {
      if (!(error instanceof GoneError)) throw error;
      ctx.status = 410;
      ctx.body = { data: null, error: { status: 410, name: 'Gone', message: error.message } };
      return;
    }
    ctx.body = { data: { offers: await portal().offers((await portal().vendorOf(user.id)).id) } };
  };

  return {
    async offers(ctx: any) {
      const vendor = await portal().vendorOf(signedInUser(ctx).id);
      ctx.body = { data: await portal().offers(vendor.id) };
    },
    accept: answer('accept'),
    decline: answer('decline'),
    async workOrders(ctx: any) {
      const vendor = await portal().vendorOf(signedInUser(ctx).id);
      const query = listSchema.safeParse(ctx.query ?? {});
      if (!query.success) throw new errors.ValidationError('Invalid query parameters', { errors: fieldErrors(query.error) });
      const { results, pagination } = await portal().workOrders(vendor.id, query.data);
      ctx.body = { data: results, meta: { pagination } };
    },
    async workOrder(ctx: any) {
      const vendor = await portal().vendorOf(signedInUser(ctx).id);
      ctx.body = { data: await portal().workOrder(vendor.id, String(ctx.params.documentId)) };
    },

    schedule: act((vendorId, documentId, ctx) => actions().schedule({ vendorId, documentId, slot: parse(slotSchema, ctx.request.body) })),
    propose: act((vendorId, documentId, ctx) => actions().propose({ vendorId, documentId, slot: parse(slotSchema, ctx.request.body) })),
    start: act((vendorId, documentId) => actions().start({ vendorId, documentId })),
    setTask: act((vendorId, documentId, ctx) =>
      actions().setTask({ vendorId, documentId, index: Number.parseInt(String(ctx.params.index), 10), done: parse(taskSchema, ctx.request.body).done }),
    ),
    complete: act((vendorId, documentId) => actions().complete({ vendorId, documentId })),
    notDone: act((vendorId, documentId, ctx) => {
      const { reason, estimate } = parse(notDoneSchema, ctx.request.body);
      return actions().notDone({ vendorId, documentId, reason, estimate });
    }),
    estimate: act((vendorId, documentId, ctx) => actions().estimate({ vendorId, documentId, amount: parse(estimateSchema, ctx.request.body).amount })),
    invoice: act((vendorId, documentId, ctx) => {
      const { number, amount } = parse(invoiceSchema, ctx.request.body);
      const [file] = filesIn(ctx, 'file');
      return actions().recordInvoice({ vendorId, documentId, number, amount, file: file ?? null });
    }),
    photos: act((vendorId, documentId, ctx) => {
      const files = filesIn(ctx, 'photos');
      if (files.length === 0) throw new errors.ValidationError('Choose at least one photo', { errors: [{ path: ['photos'], message: 'Choose at least one photo', name: 'ValidationError' }] });
      return actions().addPhotos({ vendorId, documentId, files });
    }),
  };
};

export default vendorPortal;
