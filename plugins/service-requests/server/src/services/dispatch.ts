import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { transitionWorkOrder, type WorkOrderActor, type WorkOrderEvent, type WorkOrderState } from '../domain/work-order-lifecycle';
import { JOB } from '../jobs/names';
import { vendorsInRuleOrder } from '../repositories/dispatch-vendors';
import { schemaOf } from '../repositories/schema';
import { readWorkOrderRow, type WorkOrderRow } from '../repositories/work-order-rows';
import { getService } from '../utils/get-service';
import { managersOf } from '../utils/places';
import { pluginConfig } from '../utils/plugin-config';
import { GoneError } from './action-tokens';
import type { OutboxMessage } from './outbox';
import { localTime } from './ticket-messages';

const WORK_ORDER = 'plugin::service-requests.work-order';
const OFFER = 'plugin::service-requests.work-order-offer';
const RULE = 'plugin::service-requests.dispatch-rule';

export const workOrderReference = (id: number) => `WO-${String(id).padStart(5, '0')}`;

const refuse = (message: string) => new errors.ValidationError(message, { errors: [{ path: ['state'], message, name: 'ValidationError' }] });

/**
 * Offers a work order to the rule's vendors in turn. Each offer is a row with a deadline; the
 * vendor is emailed (and texted) accept and decline links. An answer or the deadline settles the
 * offer with a fenced update (pending → accepted/declined/expired), so of a vendor's click and the
 * deadline job arriving together exactly one wins. No vendor left: unassigned, managers alerted.
 */
const dispatch = ({ strapi }: { strapi: Core.Strapi }) => {
  const offers = () => strapi.db.query(OFFER);

  const move = async (order: WorkOrderRow, event: WorkOrderEvent, actor: WorkOrderActor, data: Record<string, unknown> = {}) => {
    const result = transitionWorkOrder(order.state as WorkOrderState, event, actor);
    if (!result.allowed) throw refuse(result.reason);
    await strapi.db.query(WORK_ORDER).update({ where: { id: order.id }, data: { state: result.to, ...data } });
    return result;
  };

  const offerMessages = (args: { order: WorkOrderRow; vendor: { name: string; email: string; phone: string | null }; offerId: string; deadline: Date; links: { accept: string; decline: string; portal: string } }): OutboxMessage[] => {
    const { order, vendor } = args;
    const common = {
      vendorName: vendor.name,
      reference: workOrderReference(order.id),
      summary: order.summary,
      description: order.description,
      locationName: order.locationName,
      address: order.address,
      deadlineLocal: localTime(args.deadline, order.timezone),
      ...args.links,
    };
    const email: OutboxMessage = {
      channel: 'email',
      recipient: vendor.email,
      template: 'work-order-offered',
      idempotencyKey: `work-order-offer:${args.offerId}:email`,
      payload: common,
    };
    const sms: OutboxMessage[] = vendor.phone
      ? [{ channel: 'sms', recipient: vendor.phone, template: 'work-order-offered', idempotencyKey: `work-order-offer:${args.offerId}:sms`, payload: { ...common, timezone: order.timezone } }]
      : [];
    return [email, ...sms];
  };

  const alertUnassigned = async (order: WorkOrderRow): Promise<OutboxMessage[]> => {
    if (!order.locationId) return [];
    const managers = await managersOf(strapi, order.locationId);
    const { publicUrl } = pluginConfig(strapi);
    return managers.map((manager) => ({
      channel: 'email' as const,
      recipient: manager.email,
      template: 'work-order-unassigned',
      idempotencyKey: `work-order:${order.documentId}:unassigned:${order.appointmentVersion}:${manager.email.toLowerCase()}`,
      payload: {
        recipientName: manager.name,
        reference: workOrderReference(order.id),
        summary: order.summary,
        locationName: order.locationName,
        boardUrl: `${publicUrl}/admin/plugins/service-requests/dispatch`,
      },
    }));
  };

  return {
    /**
     * Offers the order to the next vendor who has not had it yet, or marks it unassigned.
     * Runs in the caller's transaction; the order must be `dispatching`.
     */
    async offerNext(workOrderId: number): Promise<void> {
      await strapi.db.transaction(async ({ onCommit }) => {
        const order = await getService(strapi, 'work-orders').read({ id: workOrderId }, { lock: true });
        if (!order || order.state !== 'dispatching') return;
        const round = await strapi.db.query(WORK_ORDER).findOne({ where: { id: order.id }, select: ['redispatchedAt'] });
        const previous = await offers().findMany({
          where: { workOrder: { id: order.id }, ...(round?.redispatchedAt ? { offeredAt: { $gte: round.redispatchedAt } } : {}) },
          populate: { vendor: { select: ['id'] } },
          select: ['id'],
        });
        const tried = new Set(previous.map((offer: any) => offer.vendor?.id));
        const rule = order.dispatchRuleId ? await strapi.db.query(RULE).findOne({ where: { id: order.dispatchRuleId }, select: ['acceptWindowHours'] }) : null;
        const candidates = order.dispatchRuleId ? await vendorsInRuleOrder(strapi, { ruleId: order.dispatchRuleId, locationId: order.locationId }) : [];
        const vendor = candidates.find((candidate) => !tried.has(candidate.id));
        if (!vendor) {
          await move(order, 'exhaust', 'system');
          await getService(strapi, 'notifier').queue(await alertUnassigned(order));
          await getService(strapi, 'work-order-timeline').record(order, 'No vendor left to offer it to: unassigned');
          return;
        }
        const now = new Date();
        const deadline = new Date(now.getTime() + (rule?.acceptWindowHours ?? 4) * 3_600_000);
        const offer = await offers().create({
          data: { workOrder: order.id, vendor: vendor.id, position: await offers().count({ where: { workOrder: { id: order.id } } }), offeredAt: now, deadline, outcome: 'pending' },
        });
        await move(order, 'offer', 'system');
        const tokens = getService(strapi, 'action-tokens');
        const ttlHours = Math.max(1, Math.ceil((deadline.getTime() - now.getTime()) / 3_600_000));
        const [accept, decline] = await Promise.all([
          tokens.issue({ action: 'accept-offer', subject: offer.documentId, recipient: vendor.email, ttlHours }),
          tokens.issue({ action: 'decline-offer', subject: offer.documentId, recipient: vendor.email, ttlHours }),
        ]);
        const { siteUrl } = pluginConfig(strapi);
        await getService(strapi, 'notifier').queue(
          offerMessages({
            order,
            vendor,
            offerId: offer.documentId,
            deadline,
            links: { accept: `${siteUrl}/act/${accept.token}`, decline: `${siteUrl}/act/${decline.token}`, portal: `${siteUrl}/vendor/offers` },
          }),
        );
        await getService(strapi, 'work-order-timeline').record(order, `Offered to ${vendor.name}, to answer by ${localTime(deadline, order.timezone)}`);
        onCommit(() => {
          getService(strapi, 'jobs')
            .schedule(deadline, JOB.offerDeadline, { offerId: offer.id })
            .catch((error: Error) => strapi.log.warn(`Offer deadline job not scheduled (the offer reconciler will expire it): ${error.message}`));
        });
      });
    },

    /**
     * The vendor's answer. `vendorId` is the vendor acting (from the portal session or the link's
     * recipient); the offer must be theirs and still open.
     */
    async answer(args: { offerDocumentId: string; vendorId: number; answer: 'accept' | 'decline' }): Promise<{ workOrderId: number }> {
      return strapi.db.transaction(async ({ trx }) => {
        const offer = await offers().findOne({ where: { documentId: args.offerDocumentId }, populate: { vendor: { select: ['id'] }, workOrder: { select: ['id'] } } });
        if (!offer || offer.vendor?.id !== args.vendorId) throw new errors.NotFoundError('Offer not found');
        const { table, column } = schemaOf(strapi);
        const now = new Date();
        const settled = await strapi.db
          .connection(table(OFFER))
          .transacting(trx)
          .where({ id: offer.id, [column(OFFER, 'outcome')]: 'pending' })
          .where(column(OFFER, 'deadline'), '>', now)
          .update({ [column(OFFER, 'outcome')]: args.answer === 'accept' ? 'accepted' : 'declined', [column(OFFER, 'decidedAt')]: now });
        if (!settled) throw new GoneError('This offer is no longer open: it was answered, withdrawn or its time ran out');
        const order = (await getService(strapi, 'work-orders').read({ id: offer.workOrder.id }, { lock: true }))!;
        if (args.answer === 'accept') {
          await move(order, 'accept', 'vendor', { vendor: args.vendorId });
          await getService(strapi, 'work-orders').afterAccepted(order);
          await getService(strapi, 'work-order-timeline').record(order, `Accepted by ${order.vendorName ?? 'the vendor'}`);
        } else {
          await move(order, 'decline', 'vendor');
          await getService(strapi, 'work-order-timeline').record(order, 'Declined by the vendor');
          await this.offerNext(order.id);
        }
        return { workOrderId: order.id };
      });
    },

    /** The deadline passed with no answer (a job at the deadline, or the reconciler). Idempotent. */
    async expire(offerId: number, now = new Date()): Promise<boolean> {
      return strapi.db.transaction(async ({ trx }) => {
        const { table, column } = schemaOf(strapi);
        const settled = await strapi.db
          .connection(table(OFFER))
          .transacting(trx)
          .where({ id: offerId, [column(OFFER, 'outcome')]: 'pending' })
          .where(column(OFFER, 'deadline'), '<=', now)
          .update({ [column(OFFER, 'outcome')]: 'expired', [column(OFFER, 'decidedAt')]: now });
        if (!settled) return false;
        const offer = await offers().findOne({ where: { id: offerId }, populate: { workOrder: { select: ['id'] } } });
        const order = await getService(strapi, 'work-orders').read({ id: offer.workOrder.id }, { lock: true });
        if (!order || order.state !== 'offered') return true;
        await move(order, 'expire', 'system');
        await getService(strapi, 'work-order-timeline').record(order, 'No answer by the deadline');
        await this.offerNext(order.id);
        return true;
      });
    },

    /** Pending offers whose deadline has passed: those whose deadline job was lost. */
    async overdueOfferIds(now = new Date()): Promise<number[]> {
      const { table, column } = schemaOf(strapi);
      return strapi.db
        .connection(table(OFFER))
        .where(column(OFFER, 'outcome'), 'pending')
        .where(column(OFFER, 'deadline'), '<=', now)
        .orderBy(column(OFFER, 'deadline'))
        .limit(500)
        .pluck('id');
    },

    /** Withdraws open offers of a cancelled order, so their links stop working. */
    async withdrawOffers(workOrderId: number) {
      // The query engine's updateMany cannot filter through a relation (5.52), so by the link table.
      const { table, column, link } = schemaOf(strapi);
      const byOrder = link(OFFER, 'workOrder');
      await strapi.db.transaction(({ trx }) =>
        strapi.db
          .connection(table(OFFER))
          .transacting(trx)
          .where(column(OFFER, 'outcome'), 'pending')
          .whereIn('id', strapi.db.connection(byOrder.name).where(byOrder.inverseJoinColumn.name, workOrderId).select(byOrder.joinColumn.name))
          .update({ [column(OFFER, 'outcome')]: 'withdrawn', [column(OFFER, 'decidedAt')]: new Date() }),
      );
    },
  };
};

export type DispatchService = ReturnType<typeof dispatch>;
export default dispatch;
