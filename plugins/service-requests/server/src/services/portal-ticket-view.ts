import { ticketReference } from './ticket-messages';

/** What a portal page loads with a ticket: never the reporter's name or email. */
export const PORTAL_POPULATE = {
  location: { fields: ['name', 'timezone'] },
  unit: { fields: ['name'] },
  reporter: { fields: ['username'] },
  // provider, hash and ext are what the upload provider needs to sign a link to the file.
  attachments: { fields: ['name', 'url', 'mime', 'size', 'provider', 'hash', 'ext'] },
} as const;

/**
 * A ticket as a portal user sees it: the reporter is never named, only "you" or "a resident".
 * `elapsed` (open since, closed at) is there only where the location's Elapsed Time feature is on.
 */
export const toPortalTicket = (ticket: any, viewerId: number, options: { showElapsed?: boolean } = {}) => ({
  documentId: ticket.documentId,
  reference: ticketReference(Number(ticket.id)),
  summary: ticket.summary,
  description: ticket.description,
  status: ticket.state,
  visibility: ticket.visibility,
  notifyOnUpdate: ticket.notifyOnUpdate,
  reportedByMe: ticket.reporter?.id === viewerId,
  location: ticket.location ? { documentId: ticket.location.documentId, name: ticket.location.name, timezone: ticket.location.timezone } : null,
  unit: ticket.unit ? { documentId: ticket.unit.documentId, name: ticket.unit.name } : null,
  attachments: (ticket.attachments ?? []).map((file: any) => ({ name: file.name, url: file.url, mime: file.mime, size: file.size })),
  createdAt: ticket.createdAt,
  updatedAt: ticket.updatedAt,
  ...(options.showElapsed ? { elapsed: { since: ticket.createdAt, until: null } } : {}),
});
