import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { GoneError } from '../services/action-tokens';
import { workOrderReference } from '../services/dispatch';
import { getService } from '../utils/get-service';

const OFFER = 'plugin::service-requests.work-order-offer';
const APPROVAL = 'plugin::service-requests.approval';
const VENDOR = 'plugin::service-requests.vendor';

/** A used or expired link answers 410 Gone, so the page can say so rather than "not found". */
const answerGone = (ctx: any, error: unknown) => {
  if (!(error instanceof GoneError)) throw error;
  ctx.status = 410;
  ctx.body = { data: null, error: { status: 410, name: 'Gone', message: error.message } };
};

/**
 * The links in emails that act: accept or decline an offer, approve or reject spend. The token is
 * the credential (these routes are public): a GET only describes what the link would do, for the
 * page with the button; the POST redeems the token and makes the decision in one transaction.
 */
const actionLinks = ({ strapi }: { strapi: Core.Strapi }) => {
  const describe = async (token: string) => {
    const grant = await getService(strapi, 'action-tokens').peek(token);
    if (!grant) throw new errors.NotFoundError('This link is not valid');
    const state = grant.usedAt ? 'used' : grant.expiresAt <= new Date() ? 'expired' : 'open';
    if (grant.action === 'accept-offer' || grant.action === 'decline-offer') {
      const offer = await strapi.db.query(OFFER).findOne({ where: { documentId: grant.subject }, populate: { workOrder: { populate: { location: { select: ['name', 'address'] } } } } });
      if (!offer) throw new errors.NotFoundError('This link is not valid');
      return {
        action: grant.action,
        state: offer.outcome === 'pending' ? state : 'used',
        expiresAt: grant.expiresAt.toISOString(),
        workOrder: { reference: workOrderReference(offer.workOrder.id), summary: offer.workOrder.summary, description: offer.workOrder.description, location: offer.workOrder.location?.name ?? null, address: offer.workOrder.location?.address ?? null },
        deadline: new Date(offer.deadline).toISOString(),
      };
    }
    const approval = await strapi.db.query(APPROVAL).findOne({ where: { documentId: grant.subject }, populate: { workOrder: { populate: { location: { select: ['name'] }, vendor: { select: ['name'] } } } } });
    if (!approval) throw new errors.NotFoundError('This link is not valid');
    return {
      action: grant.action,
      state: approval.state === 'pending' ? state : 'used',
      expiresAt: grant.expiresAt.toISOString(),
      workOrder: { reference: workOrderReference(approval.workOrder.id), summary: approval.workOrder.summary, location: approval.workOrder.location?.name ?? null, vendor: approval.workOrder.vendor?.name ?? null },
      approval: { reason: approval.reason, amount: approval.amount === null ? null : Number(approval.amount), threshold: approval.threshold === null ? null : Number(approval.threshold) },
    };
  };

  return {
    /** GET /actions/:token: what the link does; never decides anything. */
    async show(ctx: any) {
      ctx.body = { data: await describe(String(ctx.params.token)) };
    },

    /** POST /actions/:token { note? }: the decision. */
    async act(ctx: any) {
      const token = String(ctx.params.token);
      const note = typeof ctx.request.body?.note === 'string' ? ctx.request.body.note.trim().slice(0, 2000) || null : null;
      const grant = await getService(strapi, 'action-tokens').peek(token);
      if (!grant) throw new errors.NotFoundError('This link is not valid');
      try {
        await strapi.db.transaction(async () => {
          const redeemed = await getService(strapi, 'action-tokens').redeem({ token, action: grant.action, subject: grant.subject });
          if (grant.action === 'accept-offer' || grant.action === 'decline-offer') {
            const vendor = await strapi.db.query(VENDOR).findOne({ where: { email: { $eqi: redeemed.recipient } }, select: ['id'] });
            if (!vendor) throw new errors.NotFoundError('This link is not valid');
            await getService(strapi, 'dispatch').answer({ offerDocumentId: grant.subject, vendorId: vendor.id, answer: grant.action === 'accept-offer' ? 'accept' : 'decline' });
          } else {
            await getService(strapi, 'approvals').decide({
              approvalDocumentId: grant.subject,
              decision: grant.action,
              note,
              actor: { kind: 'system', name: redeemed.recipient, adminId: null, note },
            });
          }
        });
      } catch (error) {
        answerGone(ctx, error);
        return;
      }
      ctx.body = { data: await describe(token) };
    },
  };
};

export default actionLinks;
