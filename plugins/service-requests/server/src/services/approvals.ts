import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { JOB } from '../jobs/names';
import type { WorkOrderRow } from '../repositories/work-order-rows';
import { schemaOf } from '../repositories/schema';
import { actingAs, SYSTEM_ACTOR, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { managersOf } from '../utils/places';
import { pluginConfig } from '../utils/plugin-config';
import { GoneError } from './action-tokens';
import { workOrderReference } from './dispatch';
import type { OutboxMessage } from './outbox';

const APPROVAL = 'plugin::service-requests.approval';
const MEMBERSHIP = 'plugin::portal-features.membership';
const TICKET = 'plugin::service-requests.ticket';

/** How long approval links work, and when an unanswered request is reminded (once). */
export const APPROVAL_LINK_HOURS = 72;
export const APPROVAL_REMINDER_HOURS = 48;

export type ApprovalReason = 'not-done' | 'estimate-over-threshold';

interface Approver {
  email: string;
  name: string;
}

/**
 * Spending approval: when a vendor could not do the work, or estimates more than the location's
 * threshold, the owner (and the managers) get an email with Approve and Reject links; the links
 * open a page, and only its POST decides. The first decision wins (a fenced update on the
 * approval); approved sends the vendor back to schedule, rejected puts the ticket on hold.
 */
const approvals = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The owners of the order's unit or of the whole location, then its managers; each once. */
  const approversOf = async (order: WorkOrderRow): Promise<Approver[]> => {
    const ticketUnit = order.ticketId
      ? await strapi.db.query(TICKET).findOne({ where: { id: order.ticketId }, populate: { unit: { select: ['id'] } }, select: ['id'] })
      : null;
    const owners = order.locationId
      ? await strapi.db.query(MEMBERSHIP).findMany({
          where: { location: { id: order.locationId }, role: 'owner' },
          populate: { user: { select: ['email', 'username', 'blocked'] }, unit: { select: ['id'] } },
        })
      : [];
    const relevantOwners = owners
      .filter((membership: any) => membership.user && !membership.user.blocked && (!membership.unit || membership.unit.id === ticketUnit?.unit?.id))
      .map((membership: any) => ({ email: membership.user.email as string, name: membership.user.username as string }));
    const managers = order.locationId ? await managersOf(strapi, order.locationId) : [];
    const seen = new Set<string>();
    return [...relevantOwners, ...managers].filter((person) => !seen.has(person.email.toLowerCase()) && seen.add(person.email.toLowerCase()));
  };

  const requestMessages = async (args: { order: WorkOrderRow; approval: { documentId: string }; reason: ApprovalReason; amount: number | null; reasonText: string | null; approvers: Approver[]; reminder: boolean }) => {
    const tokens = getService(strapi, 'action-tokens');
    const { siteUrl } = pluginConfig(strapi);
    const messages: OutboxMessage[] = [];
    for (const approver of args.approvers) {
      const [approve, reject] = await Promise.all([
        tokens.issue({ action: 'approve', subject: args.approval.documentId, recipient: approver.email, ttlHours: APPROVAL_LINK_HOURS }),
        tokens.issue({ action: 'reject', subject: args.approval.documentId, recipient: approver.email, ttlHours: APPROVAL_LINK_HOURS }),
      ]);
      messages.push({
        channel: 'email',
        recipient: approver.email,
        template: 'approval-requested',
        idempotencyKey: `approval:${args.approval.documentId}:${args.reminder ? 'reminder' : 'request'}:${approver.email.toLowerCase()}`,
        payload: {
          recipientName: approver.name,
          reminder: args.reminder,
          reference: workOrderReference(args.order.id),
          summary: args.order.summary,
          locationName: args.order.locationName,
          vendorName: args.order.vendorName,
          notDone: args.reason === 'not-done',
          reasonText: args.reasonText,
          amount: args.amount,
          approveUrl: `${siteUrl}/act/${approve.token}`,
          rejectUrl: `${siteUrl}/act/${reject.token}`,
        },
      });
    }
    return messages;
  };

  return {
    /** Asks for approval, in the caller's transaction; the order must be where the table allows it. */
    async request(args: { order: WorkOrderRow; reason: ApprovalReason; amount: number | null; reasonText: string | null }) {
      const { order } = args;
      await getService(strapi, 'work-orders').transition({ order, event: 'request-approval', actor: 'system' });
      // Until the owner decides, a booked visit is off; approved, the vendor books a new one.
      if (order.state === 'scheduled') await getService(strapi, 'appointments').cancelAppointment(order);
      else await getService(strapi, 'appointments').clearReminders(order);
      const approvers = await approversOf(order);
      if (approvers.length === 0) throw new errors.ApplicationError('Nobody can approve spend at this location: add an owner or a property manager');
      const approval = await strapi.db.query(APPROVAL).create({
        data: { workOrder: order.id, reason: args.reason, amount: args.amount, threshold: order.spendingThreshold, approverEmail: approvers[0].email, state: 'pending' },
      });
      await getService(strapi, 'notifier').queue(await requestMessages({ ...args, approval, approvers, reminder: false }));
      await getService(strapi, 'work-order-timeline').record(
        order,
        args.reason === 'not-done' ? `Not done (${args.reasonText ?? 'no reason given'}); approval asked of the owner` : `Estimate ${args.amount} is over the threshold; approval asked of the owner`,
      );
      await strapi.db.transaction(({ onCommit }) => {
        onCommit(() => {
          const at = new Date(Date.now() + APPROVAL_REMINDER_HOURS * 3_600_000);
          getService(strapi, 'jobs')
            .schedule(at, JOB.remindApproval, { approvalId: approval.id })
            .catch((error: Error) => strapi.log.warn(`Approval reminder not scheduled: ${error.message}`));
        });
      });
      return approval;
    },

    /** Approve or reject: by an action link (the token is redeemed in the same transaction) or by staff. */
    async decide(args: { approvalDocumentId: string; decision: 'approve' | 'reject'; note: string | null; actor: ChangeActor & { viaLink?: boolean } }) {
      return strapi.db.transaction(async ({ trx }) => {
        const approval = await strapi.db.query(APPROVAL).findOne({ where: { documentId: args.approvalDocumentId }, populate: { workOrder: { select: ['id'] } } });
        if (!approval) throw new errors.NotFoundError('Approval not found');
        const { table, column } = schemaOf(strapi);
        const decided = await strapi.db
          .connection(table(APPROVAL))
          .transacting(trx)
          .where({ id: approval.id, [column(APPROVAL, 'state')]: 'pending' })
          .update({ [column(APPROVAL, 'state')]: args.decision === 'approve' ? 'approved' : 'rejected', [column(APPROVAL, 'decidedAt')]: new Date(), [column(APPROVAL, 'decisionNote')]: args.note });
        if (!decided) throw new GoneError('This request has already been decided');
        const order = (await getService(strapi, 'work-orders').read({ id: approval.workOrder.id }, { lock: true }))!;
        const actor = args.actor.kind === 'staff' ? 'staff' : 'approver';
        const messages: OutboxMessage[] = [];
        if (args.decision === 'approve') {
          await getService(strapi, 'work-orders').transition({ order, event: 'approve', actor, data: { appointmentStart: null, appointmentEnd: null, appointmentVersion: order.appointmentVersion + 1 } });
          if (order.vendorEmail) {
            messages.push({
              channel: 'email',
              recipient: order.vendorEmail,
              template: 'work-order-approved',
              idempotencyKey: `approval:${approval.documentId}:approved:vendor`,
              payload: { vendorName: order.vendorName, reference: workOrderReference(order.id), summary: order.summary, locationName: order.locationName, portalUrl: `${pluginConfig(strapi).siteUrl}/vendor/work-orders/${order.documentId}` },
            });
          }
          await getService(strapi, 'work-order-timeline').record(order, `Spend approved by ${args.actor.name}; the vendor will reschedule`, args.actor);
        } else {
          await getService(strapi, 'work-orders').transition({ order, event: 'reject', actor });
          if (order.ticketDocumentId) {
            const ticket = await getService(strapi, 'ticket-changes').read({ documentId: order.ticketDocumentId });
            if (ticket && (ticket.state === 'open' || ticket.state === 'in_progress')) {
              await actingAs({ ...SYSTEM_ACTOR, note: 'Spend rejected by the owner' }, () =>
                strapi.documents(TICKET as any).update({ documentId: order.ticketDocumentId!, data: { state: 'on_hold' } as any }),
              );
            }
          }
          const managers = order.locationId ? await managersOf(strapi, order.locationId) : [];
          messages.push(
            ...managers.map((manager) => ({
              channel: 'email' as const,
              recipient: manager.email,
              template: 'work-order-rejected',
              idempotencyKey: `approval:${approval.documentId}:rejected:${manager.email.toLowerCase()}`,
              payload: { recipientName: manager.name, decidedBy: args.actor.name, note: args.note, reference: workOrderReference(order.id), summary: order.summary, locationName: order.locationName },
            })),
          );
          await getService(strapi, 'work-order-timeline').record(order, `Spend rejected by ${args.actor.name}; the request is on hold`, args.actor);
        }
        await getService(strapi, 'notifier').queue(messages);
        return { workOrderDocumentId: order.documentId };
      });
    },

    /** 48 hours on and still undecided: the approvers are reminded, once, with fresh links. */
    async remind(approvalId: number): Promise<boolean> {
      return strapi.db.transaction(async ({ trx }) => {
        const { table, column } = schemaOf(strapi);
        const claimed = await strapi.db
          .connection(table(APPROVAL))
          .transacting(trx)
          .where({ id: approvalId, [column(APPROVAL, 'state')]: 'pending' })
          .whereNull(column(APPROVAL, 'remindedAt'))
          .update({ [column(APPROVAL, 'remindedAt')]: new Date() });
        if (!claimed) return false;
        const approval = await strapi.db.query(APPROVAL).findOne({ where: { id: approvalId }, populate: { workOrder: { select: ['id'] } } });
        const order = (await getService(strapi, 'work-orders').read({ id: approval.workOrder.id }))!;
        const approvers = await approversOf(order);
        await getService(strapi, 'notifier').queue(
          await requestMessages({ order, approval, reason: approval.reason, amount: approval.amount === null ? null : Number(approval.amount), reasonText: null, approvers, reminder: true }),
        );
        return true;
      });
    },

    /** Undecided approvals past the reminder time that were never reminded: those whose job was lost. */
    async dueReminderIds(now = new Date()): Promise<number[]> {
      const { table, column } = schemaOf(strapi);
      return strapi.db
        .connection(table(APPROVAL))
        .where(column(APPROVAL, 'state'), 'pending')
        .whereNull(column(APPROVAL, 'remindedAt'))
        .where(column(APPROVAL, 'createdAt'), '<=', new Date(now.getTime() - APPROVAL_REMINDER_HOURS * 3_600_000))
        .limit(200)
        .pluck('id');
    },
  };
};

export type ApprovalsService = ReturnType<typeof approvals>;
export default approvals;
