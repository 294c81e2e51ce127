import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { GoneError } from '../services/action-tokens';
import { getService } from '../utils/get-service';
import { fieldErrors } from '../validation/report-problem';

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
  };
};

export default vendorPortal;
