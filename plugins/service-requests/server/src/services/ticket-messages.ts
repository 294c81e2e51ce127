import type { OutboxMessage } from './outbox';

/** What the "problem reported" emails need to know about a new ticket. */
export interface ReportedTicket {
  documentId: string;
  reference: string;
  summary: string;
  description: string;
  locationName: string;
  unitName: string | null;
  timezone: string;
  createdAt: Date;
  attachmentCount: number;
}

export interface Person {
  email: string;
  name: string;
}

interface Links {
  portalUrl: string;
  adminUrl: string;
}

export { ticketReference } from '../domain/ticket-reference';

/** Building a formatter is costly next to using one; there are only as many as time zones in use. */
const formatters = new Map<string, Intl.DateTimeFormat>();
export const localTime = (at: Date, timezone: string) => {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: timezone });
    formatters.set(timezone, formatter);
  }
  return formatter.format(at);
};

/**
 * The emails a new portal report causes: an acknowledgement to the reporter and one
 * "new problem" email to each of the location's property managers. Keys are derived from the
 * ticket and the recipient, so the same report can never queue the same email twice.
 */
export const problemReportedMessages = (args: {
  ticket: ReportedTicket;
  reporter: Person;
  managers: Person[];
  links: Links;
}): OutboxMessage[] => {
  const { ticket, reporter, managers, links } = args;
  const common = {
    reference: ticket.reference,
    summary: ticket.summary,
    description: ticket.description,
    locationName: ticket.locationName,
    unitName: ticket.unitName,
    timezone: ticket.timezone,
    reportedAtLocal: localTime(ticket.createdAt, ticket.timezone),
    attachmentCount: ticket.attachmentCount,
  };
  const acknowledgement: OutboxMessage = {
    channel: 'email',
    recipient: reporter.email,
    template: 'ticket-acknowledgement',
    idempotencyKey: `ticket:${ticket.documentId}:acknowledgement`,
    payload: { recipientName: reporter.name, ticket: { ...common, portalUrl: links.portalUrl } },
  };
  const managerAlerts = managers.map<OutboxMessage>((manager) => ({
    channel: 'email',
    recipient: manager.email,
    template: 'ticket-reported',
    idempotencyKey: `ticket:${ticket.documentId}:reported:${manager.email.toLowerCase()}`,
    payload: { recipientName: manager.name, ticket: { ...common, adminUrl: links.adminUrl } },
  }));
  return [acknowledgement, ...managerAlerts];
};
