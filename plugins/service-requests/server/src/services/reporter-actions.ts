import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { oneStepUp, reopensTicket } from '../domain/rating';
import { transition, type TicketStatus } from '../domain/ticket-lifecycle';
import { actingAs, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';

const TICKET = 'plugin::service-requests.ticket';
const PRIORITY = 'plugin::service-requests.priority';

/** Whether the reporter is asked for a rating: resolved, and not rated since it was resolved. */
export const canRate = (ticket: { state: string; resolvedAt: Date | string | null; ratedAt: Date | string | null }) =>
  ticket.state === 'resolved' && (!ticket.ratedAt || (ticket.resolvedAt !== null && new Date(ticket.ratedAt) < new Date(ticket.resolvedAt)));

/**
 * What the person who reported a request may do to it from the portal: cancel it while it is new
 * or open, switch its emails off or on, and rate the outcome once it is resolved. Anyone else who
 * may see the request gets 403; anyone who may not gets the same 404 as for a request that does not exist.
 */
const reporterActions = ({ strapi }: { strapi: Core.Strapi }) => {
  const ownTicket = async (userId: number, documentId: string) => {
    const view = await getService(strapi, 'tickets').findVisible({ userId, documentId });
    if (!view.reportedByMe) throw new errors.PolicyError('Only the person who reported this request can do that');
    const ticket = await getService(strapi, 'ticket-changes').read({ documentId });
    if (!ticket) throw new errors.NotFoundError('Request not found');
    return ticket;
  };

  const asReporter = (userId: number, note: string | null): ChangeActor => ({ kind: 'reporter', name: 'the reporter', adminId: null, note });

  const update = (actor: ChangeActor, documentId: string, data: Record<string, unknown>) =>
    actingAs(actor, () => strapi.documents(TICKET as any).update({ documentId, data: data as any }));

  const fieldError = (path: string, message: string) => new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

  return {
    async cancel(args: { userId: number; documentId: string; reason: string | null }) {
      const ticket = await ownTicket(args.userId, args.documentId);
      const result = transition(ticket.state as TicketStatus, 'cancel', 'reporter');
      if (!result.allowed) throw fieldError('status', 'This request can no longer be cancelled: work on it has started. Write to the management team instead.');
      await update(asReporter(args.userId, args.reason), args.documentId, { state: 'cancelled' });
    },

    async setNotifications(args: { userId: number; documentId: string; notifyOnUpdate: boolean }) {
      await ownTicket(args.userId, args.documentId);
      await update(asReporter(args.userId, null), args.documentId, { notifyOnUpdate: args.notifyOnUpdate });
    },

    async rate(args: { userId: number; documentId: string; rating: number; comment: string | null }) {
      const ticket = await ownTicket(args.userId, args.documentId);
      if (!canRate(ticket)) throw fieldError('rating', 'Only a resolved request can be rated, once each time it is resolved');
      const data: Record<string, unknown> = { rating: args.rating, ratingComment: args.comment, ratedAt: new Date() };
      if (reopensTicket(args.rating)) {
        const priorities = await strapi.db.query(PRIORITY).findMany({ select: ['id', 'rank'] });
        const raised = oneStepUp(priorities as Array<{ id: number; rank: number }>, ticket.priorityRank);
        Object.assign(data, { state: 'open', ...(raised ? { priority: raised.id } : {}) });
      }
      await update(asReporter(args.userId, args.comment), args.documentId, data);
    },
  };
};

export type ReporterActionsService = ReturnType<typeof reporterActions>;
export default reporterActions;
