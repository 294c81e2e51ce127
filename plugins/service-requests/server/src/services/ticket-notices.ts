import { statusLabel } from '../domain/ticket-lifecycle';
import type { TicketRow } from '../repositories/ticket-rows';
import type { OutboxMessage } from './outbox';
import { ticketReference } from './ticket-messages';

/**
 * The emails ticket changes cause, as outbox messages. Each key names the change and the
 * recipient, so replaying a change (a retried request, a job run twice) queues nothing twice.
 */
export interface Person {
  email: string;
  name: string;
}

export interface Links {
  publicUrl: string;
  siteUrl: string;
}

export const deskUrl = (publicUrl: string, documentId: string) => `${publicUrl}/admin/plugins/service-requests/tickets/${documentId}`;
export const portalUrl = (siteUrl: string, documentId: string) => `${siteUrl}/requests/${documentId}`;

/** Whether the reporter hears about a change: they asked for updates and the ticket is in their portal. */
export const reporterWantsUpdates = (ticket: TicketRow) => Boolean(ticket.notifyOnUpdate && ticket.reporterEmail && ticket.visibility !== 'unpublished');

const reporterOf = (ticket: TicketRow): Person => ({ email: ticket.reporterEmail!, name: ticket.reporterName || ticket.reporterEmail! });

const aboutTicket = (ticket: TicketRow, links: Links) => ({
  reference: ticketReference(ticket.id),
  summary: ticket.summary,
  locationName: ticket.locationName,
  portalUrl: portalUrl(links.siteUrl, ticket.documentId),
  adminUrl: deskUrl(links.publicUrl, ticket.documentId),
});

const recipientKey = (email: string) => email.toLowerCase();

export const statusChangedNotice = (args: { ticket: TicketRow; eventId: string; from: string; to: string; askForRating: boolean; links: Links }): OutboxMessage[] => {
  const { ticket } = args;
  if (!reporterWantsUpdates(ticket)) return [];
  const reporter = reporterOf(ticket);
  return [
    {
      channel: 'email',
      recipient: reporter.email,
      template: 'ticket-status-changed',
      idempotencyKey: `ticket-event:${args.eventId}:reporter`,
      payload: {
        recipientName: reporter.name,
        fromLabel: statusLabel(args.from),
        toLabel: statusLabel(args.to),
        askForRating: args.askForRating,
        ticket: aboutTicket(ticket, args.links),
      },
    },
  ];
};

export const commentPublishedNotice = (args: { ticket: TicketRow; commentId: string; message: string; links: Links }): OutboxMessage[] => {
  if (!reporterWantsUpdates(args.ticket)) return [];
  const reporter = reporterOf(args.ticket);
  return [
    {
      channel: 'email',
      recipient: reporter.email,
      template: 'ticket-comment-published',
      idempotencyKey: `ticket-comment:${args.commentId}:published:reporter`,
      payload: { recipientName: reporter.name, message: args.message, ticket: aboutTicket(args.ticket, args.links) },
    },
  ];
};

export const routedNotices = (args: { ticket: TicketRow; eventId: string; departmentName: string; categoryName: string | null; members: Person[]; links: Links }): OutboxMessage[] =>
  args.members.map((member) => ({
    channel: 'email',
    recipient: member.email,
    template: 'ticket-routed',
    idempotencyKey: `ticket-event:${args.eventId}:routed:${recipientKey(member.email)}`,
    payload: {
      recipientName: member.name,
      departmentName: args.departmentName,
      ticket: { ...aboutTicket(args.ticket, args.links), categoryName: args.categoryName },
    },
  }));

export const reopenedNotices = (args: { ticket: TicketRow; eventId: string; ratingLabel: string; comment: string | null; priorityName: string | null; managers: Person[]; links: Links }): OutboxMessage[] =>
  args.managers.map((manager) => ({
    channel: 'email',
    recipient: manager.email,
    template: 'ticket-reopened',
    idempotencyKey: `ticket-event:${args.eventId}:reopened:${recipientKey(manager.email)}`,
    payload: {
      recipientName: manager.name,
      ratingLabel: args.ratingLabel,
      comment: args.comment,
      ticket: { ...aboutTicket(args.ticket, args.links), priorityName: args.priorityName },
    },
  }));

export type SlaTarget = 'first-response' | 'resolution';

/** One alert per ticket, target and manager, ever: the key has no time in it. */
export const slaBreachNotices = (args: { ticket: TicketRow; target: SlaTarget; dueAtLocal: string; priorityName: string | null; managers: Person[]; links: Links }): OutboxMessage[] =>
  args.managers.map((manager) => ({
    channel: 'email',
    recipient: manager.email,
    template: 'ticket-sla-breached',
    idempotencyKey: `ticket:${args.ticket.documentId}:sla-breach:${args.target}:${recipientKey(manager.email)}`,
    payload: {
      recipientName: manager.name,
      targetLabel: args.target === 'first-response' ? 'first response' : 'resolution',
      dueAtLocal: args.dueAtLocal,
      ticket: { ...aboutTicket(args.ticket, args.links), priorityName: args.priorityName },
    },
  }));
