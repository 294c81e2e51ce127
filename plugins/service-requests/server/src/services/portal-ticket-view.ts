import { OPEN_STATUSES, type TicketStatus } from '../domain/ticket-lifecycle';
import { ratingLabel } from '../domain/rating';
import { canRate } from './reporter-actions';
import { ticketReference } from './ticket-messages';

/** What a portal page loads with a ticket: never the reporter's name or email. */
export const PORTAL_POPULATE = {
  location: { fields: ['name', 'timezone'] },
  unit: { fields: ['name'] },
  reporter: { fields: ['username'] },
  category: { fields: ['name'] },
  // provider, hash and ext are what the upload provider needs to sign a link to the file.
  attachments: { fields: ['name', 'url', 'mime', 'size', 'provider', 'hash', 'ext'] },
} as const;

const isOpen = (status: string) => OPEN_STATUSES.includes(status as TicketStatus);

/** When the request stopped being worked on: resolved, or else closed or cancelled. */
const endedAt = (ticket: any): string | null => (isOpen(ticket.state) ? null : (ticket.resolvedAt ?? ticket.closedAt ?? ticket.stateChangedAt ?? null));

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/**
 * A ticket as a portal user sees it: the reporter is never named, only "you" or "a resident".
 * `elapsed` (open since, ended at) is there only where the location's Elapsed Time feature is on.
 */
export const toPortalTicket = (ticket: any, viewerId: number, options: { showElapsed?: boolean } = {}) => {
  const reportedByMe = ticket.reporter?.id === viewerId;
  return {
    documentId: ticket.documentId,
    reference: ticketReference(Number(ticket.id)),
    summary: ticket.summary,
    description: ticket.description,
    status: ticket.state,
    visibility: ticket.visibility,
    notifyOnUpdate: ticket.notifyOnUpdate,
    reportedByMe,
    location: ticket.location ? { documentId: ticket.location.documentId, name: ticket.location.name, timezone: ticket.location.timezone } : null,
    unit: ticket.unit ? { documentId: ticket.unit.documentId, name: ticket.unit.name } : null,
    category: ticket.category ? { documentId: ticket.category.documentId, name: ticket.category.name } : null,
    attachments: (ticket.attachments ?? []).map((file: any) => ({ name: file.name, url: file.url, mime: file.mime, size: file.size })),
    // The resolution target is what a resident cares about; it means nothing once the work is over.
    dueAt: isOpen(ticket.state) ? iso(ticket.resolutionDueAt) : null,
    canCancel: reportedByMe && (ticket.state === 'new' || ticket.state === 'open'),
    canRate: reportedByMe && canRate({ state: ticket.state, resolvedAt: ticket.resolvedAt ?? null, ratedAt: ticket.ratedAt ?? null }),
    // The times the reporter said someone could come in: theirs alone.
    availability: reportedByMe ? (typeof ticket.availability === 'string' ? JSON.parse(ticket.availability) : (ticket.availability ?? [])) : [],
    rating: reportedByMe && ticket.rating ? { value: ticket.rating, label: ratingLabel(ticket.rating), at: iso(ticket.ratedAt) } : null,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    ...(options.showElapsed ? { elapsed: { since: ticket.createdAt, until: iso(endedAt(ticket)) } } : {}),
  };
};
