import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slotFits } from '../domain/scheduling/availability';
import { ASSIGNED_STATES, type WorkOrderEvent, type WorkOrderState } from '../domain/work-order-lifecycle';
import type { WorkOrderRow } from '../repositories/work-order-rows';
import { actingAs, SYSTEM_ACTOR, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import type { IncomingFile } from './attachments';
import { workOrderReference } from './dispatch';
import { localTime } from './ticket-messages';

const WORK_ORDER = 'plugin::service-requests.work-order';
const TICKET = 'plugin::service-requests.ticket';

const fieldError = (path: string, message: string) => new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

export interface SlotInput {
  start: Date;
  end: Date;
}

/**
 * What a vendor does with a work order it holds, from the vendor portal: pick a slot inside the
 * tenant's availability (or propose another, which the tenant confirms), start, tick tasks, mark
 * done or not done (with a reason), enter an estimate, upload photos and the invoice. Each is one
 * transaction on the locked order; the transition table decides what is allowed when.
 */
const vendorActions = ({ strapi }: { strapi: Core.Strapi }) => {
  const orders = () => getService(strapi, 'work-orders');

  /** The vendor's own order, locked; 404 as for one that does not exist otherwise. */
  const ownOrder = async (vendorId: number, documentId: string) => {
    const order = await orders().read({ documentId }, { lock: true });
    if (!order || order.vendorId !== vendorId) throw new errors.NotFoundError('Work order not found');
    return order;
  };

  const vendorActor = (order: WorkOrderRow): ChangeActor => ({ kind: 'system', name: order.vendorName ?? 'the vendor', adminId: null, note: null });

  /** Moves the order to `slot` (schedule or reschedule), confirms to the tenant and resets reminders. */
  const book = async (order: WorkOrderRow, slot: SlotInput, actor: 'vendor' | 'tenant' | 'staff') => {
    const event: WorkOrderEvent = order.state === 'scheduled' ? 'reschedule' : 'schedule';
    const version = order.appointmentVersion + 1;
    await orders().transition({
      order,
      event,
      actor,
      data: { appointmentStart: slot.start, appointmentEnd: slot.end, appointmentVersion: version, proposedStart: null, proposedEnd: null },
    });
    const booked = { ...order, appointmentStart: slot.start, appointmentEnd: slot.end, appointmentVersion: version };
    await getService(strapi, 'appointments').confirmToTenant(booked, slot, version);
    await getService(strapi, 'appointments').setReminders(booked, slot, version);
    await getService(strapi, 'work-order-timeline').record(order, `${event === 'schedule' ? 'Scheduled' : 'Rescheduled'} for ${localTime(slot.start, order.timezone)}`, vendorActor(order));
  };

  const checkSlot = (slot: SlotInput) => {
    if (!(slot.end > slot.start)) throw fieldError('end', 'The visit must end after it starts');
    if (slot.start <= new Date()) throw fieldError('start', 'Choose a time in the future');
  };

  return {
    /** Books a slot inside the tenant's availability; outside it, 400 (propose it to the tenant instead). */
    async schedule(args: { vendorId: number; documentId: string; slot: SlotInput }) {
      checkSlot(args.slot);
      await strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        const windows = order.availability.map((window) => ({ start: new Date(window.start), end: new Date(window.end) }));
        if (windows.length > 0 && !slotFits(args.slot, windows)) {
          throw fieldError('start', "That time is outside the tenant's availability: pick a time inside it, or propose this one for the tenant to confirm");
        }
        await book(order, args.slot, 'vendor');
      });
    },

    /** Proposes a slot the tenant has not offered; the tenant confirms it in the portal. */
    async propose(args: { vendorId: number; documentId: string; slot: SlotInput }) {
      checkSlot(args.slot);
      await strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        if (order.state !== 'accepted' && order.state !== 'scheduled') throw fieldError('start', 'Only an accepted or scheduled work order can be given a new time');
        await strapi.db.query(WORK_ORDER).update({ where: { id: order.id }, data: { proposedStart: args.slot.start, proposedEnd: args.slot.end } });
        if (order.reporterEmail) {
          await getService(strapi, 'notifier').queue([
            {
              channel: 'email',
              recipient: order.reporterEmail,
              template: 'appointment-proposed',
              idempotencyKey: `work-order:${order.documentId}:proposal:${args.slot.start.toISOString()}`,
              payload: {
                recipientName: order.reporterName,
                vendorName: order.vendorName,
                summary: order.summary,
                startLocal: localTime(args.slot.start, order.timezone),
                endLocal: localTime(args.slot.end, order.timezone),
                portalUrl: `${pluginConfig(strapi).siteUrl}/requests/${order.ticketDocumentId}`,
              },
            },
          ]);
        }
        await getService(strapi, 'work-order-timeline').record(order, `The vendor proposed ${localTime(args.slot.start, order.timezone)}`, vendorActor(order));
      });
    },

    /** The tenant takes the vendor's proposed time (from their request page). */
    async confirmProposal(args: { userId: number; ticketDocumentId: string }) {
      const view = await getService(strapi, 'tickets').findVisible({ userId: args.userId, documentId: args.ticketDocumentId });
      if (!view.reportedByMe) throw new errors.PolicyError('Only the person who reported this request can confirm a time');
      await strapi.db.transaction(async () => {
        const ticket = await strapi.db.query(TICKET).findOne({ where: { documentId: args.ticketDocumentId }, select: ['id'] });
        const row = await strapi.db.query(WORK_ORDER).findOne({
          where: { ticket: { id: ticket.id }, state: { $in: ['accepted', 'scheduled'] }, proposedStart: { $notNull: true } },
          select: ['documentId'],
        });
        if (!row) throw fieldError('appointment', 'There is no proposed time to confirm');
        const order = (await orders().read({ documentId: row.documentId }, { lock: true }))!;
        if (!order.proposedStart || !order.proposedEnd || order.proposedStart <= new Date()) throw fieldError('appointment', 'The proposed time has passed; the vendor will propose another');
        await book(order, { start: order.proposedStart, end: order.proposedEnd }, 'tenant');
      });
    },

    async start(args: { vendorId: number; documentId: string }) {
      await strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        await orders().transition({ order, event: 'start', actor: 'vendor', data: { startedAt: new Date() } });
        await getService(strapi, 'appointments').clearReminders(order);
        await getService(strapi, 'work-order-timeline').record(order, 'The vendor started work', vendorActor(order));
      });
    },

    async setTask(args: { vendorId: number; documentId: string; index: number; done: boolean }) {
      await strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        if (!['scheduled', 'in_progress'].includes(order.state)) throw fieldError('tasks', 'Tasks are ticked while the visit is scheduled or under way');
        if (!order.tasks[args.index]) throw fieldError('tasks', 'No such task');
        const tasks = order.tasks.map((task, index) => (index === args.index ? { ...task, done: args.done, doneAt: args.done ? new Date().toISOString() : null } : task));
        await strapi.db.query(WORK_ORDER).update({ where: { id: order.id }, data: { tasks } });
      });
    },

    /** Done: completed with its times, the ticket resolved, and the invoice chased until it comes. */
    async complete(args: { vendorId: number; documentId: string }) {
      await strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        const open = order.tasks.filter((task) => !task.done);
        if (open.length > 0) throw fieldError('tasks', `Tick every task first, or mark the job not done: ${open.map((task) => task.title).join(', ')}`);
        const completedAt = new Date();
        const ticket = order.ticketDocumentId ? await getService(strapi, 'ticket-changes').read({ documentId: order.ticketDocumentId }) : null;
        const from = ticket?.createdAt ?? order.startedAt ?? completedAt;
        await orders().transition({
          order,
          event: 'complete',
          actor: 'vendor',
          data: { completedAt, resolutionMinutes: Math.max(0, Math.round((completedAt.getTime() - from.getTime()) / 60_000)) },
        });
        await getService(strapi, 'appointments').clearReminders(order);
        await getService(strapi, 'work-order-timeline').record(order, 'The vendor marked the job done', vendorActor(order));
        if (ticket && ['open', 'in_progress', 'on_hold'].includes(ticket.state)) {
          await actingAs({ ...SYSTEM_ACTOR, note: `${workOrderReference(order.id)} completed` }, () =>
            strapi.documents(TICKET as any).update({ documentId: order.ticketDocumentId!, data: { state: 'resolved' } as any }),
          );
        }
      });
    },

    /** Not done: a reason is required, and the owner is asked whether the work should go ahead. */
    async notDone(args: { vendorId: number; documentId: string; reason: string; estimate: number | null }) {
      await strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        await orders().transition({ order, event: 'not-done', actor: 'vendor', data: { notDoneReason: args.reason, ...(args.estimate !== null ? { estimateAmount: args.estimate } : {}) } });
        await getService(strapi, 'appointments').clearReminders(order);
        const notDone = { ...order, state: 'not_done' as WorkOrderState };
        await getService(strapi, 'approvals').request({ order: notDone, reason: 'not-done', amount: args.estimate ?? order.estimateAmount, reasonText: args.reason });
      });
    },

    /** An estimate above the location's spending threshold needs the owner's approval first. */
    async estimate(args: { vendorId: number; documentId: string; amount: number }) {
      return strapi.db.transaction(async () => {
        const order = await ownOrder(args.vendorId, args.documentId);
        if (!ASSIGNED_STATES.includes(order.state as WorkOrderState) || order.state === 'awaiting_approval') {
          throw fieldError('amount', 'An estimate is entered while the work order is yours and not waiting for approval');
        }
        await strapi.db.query(WORK_ORDER).update({ where: { id: order.id }, data: { estimateAmount: args.amount } });
        const threshold = order.spendingThreshold;
        const needsApproval = threshold !== null && args.amount > threshold;
        if (needsApproval) {
          await getService(strapi, 'approvals').request({ order: { ...order, estimateAmount: args.amount }, reason: 'estimate-over-threshold', amount: args.amount, reasonText: null });
        }
        return { needsApproval };
      });
    },

    /** The invoice: recorded once; it stops the follow-up emails. */
    async recordInvoice(args: { vendorId: number; documentId: string; number: string; amount: number; file: IncomingFile | null }) {
      const attachments = getService(strapi, 'attachments');
      if (args.file) await attachments.check([args.file]);
      const stored = args.file ? await attachments.store([args.file]) : [];
      try {
        await strapi.db.transaction(async () => {
          const order = await ownOrder(args.vendorId, args.documentId);
          if (order.state !== 'completed') throw fieldError('number', 'An invoice is recorded once the job is done');
          if (order.invoiceReceivedAt) throw fieldError('number', 'The invoice for this work order has already been recorded');
          await strapi.db.query(WORK_ORDER).update({
            where: { id: order.id },
            data: { invoiceNumber: args.number, invoiceAmount: args.amount, invoiceReceivedAt: new Date(), ...(stored[0] ? { invoiceFile: stored[0].id } : {}) },
          });
          await getService(strapi, 'work-order-timeline').record(order, `Invoice ${args.number} received`, vendorActor(order));
        });
      } catch (error) {
        await attachments.discard(stored);
        throw error;
      }
    },

    async addPhotos(args: { vendorId: number; documentId: string; files: IncomingFile[] }) {
      const attachments = getService(strapi, 'attachments');
      await attachments.check(args.files);
      const stored = await attachments.store(args.files);
      try {
        await strapi.db.transaction(async () => {
          const order = await ownOrder(args.vendorId, args.documentId);
          const current = await strapi.db.query(WORK_ORDER).findOne({ where: { id: order.id }, populate: { photos: { select: ['id'] } } });
          await strapi.db.query(WORK_ORDER).update({ where: { id: order.id }, data: { photos: [...(current.photos ?? []).map((photo: any) => photo.id), ...stored.map((file) => file.id)] } });
        });
      } catch (error) {
        await attachments.discard(stored);
        throw error;
      }
    },
  };
};

export type VendorActionsService = ReturnType<typeof vendorActions>;
export default vendorActions;
