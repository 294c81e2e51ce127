export interface Place {
  role: string;
  location: { documentId: string; name: string; timezone: string };
  unit: { documentId: string; name: string } | null;
  /** The portal features live at the location. */
  features: string[];
}

export interface PortalTicket {
  documentId: string;
  reference: string;
  summary: string;
  description: string;
  status: string;
  visibility: string;
  notifyOnUpdate: boolean;
  reportedByMe: boolean;
  location: { documentId: string; name: string; timezone: string } | null;
  unit: { documentId: string; name: string } | null;
  attachments: Array<{ name: string; url: string; mime: string; size: number }>;
  createdAt: string;
  updatedAt: string;
  /** Present only where the location's Elapsed Time feature is on. */
  elapsed?: { since: string; until: string | null };
  /** On the request page: published staff messages, and the reporter's own replies. */
  messages?: Array<{ documentId: string; from: 'management' | 'you'; body: string; sentAt: string; attachments: Array<{ name: string; url: string; mime: string }> }>;
  /** The ticket's category, when staff (or the reporter) chose one. */
  category: { documentId: string; name: string } | null;
  /** When management aims to have it resolved (from the priority's target), once triaged. */
  dueAt: string | null;
  /** On the request page: each status change, oldest first. Never names staff. */
  timeline?: Array<{ at: string; from: string | null; to: string }>;
  /** Only the reporter may cancel, while the request is new or open. */
  canCancel: boolean;
  /** The reporter is asked to rate a resolved request, once. */
  canRate: boolean;
  rating: { value: number; label: string; at: string } | null;
  /** The times the reporter said someone could come in (the reporter only; [] for others). */
  availability: Array<{ start: string; end: string }>;
  /** On the request page, once a vendor holds the work: the booked visit, and a time the vendor proposes (reporter only). */
  visit?: { vendor: string; appointment: { start: string; end: string } | null; proposed: { start: string; end: string } | null } | null;
}

/** GET /service-requests/categories: what the report form offers under "What is it about?". */
export interface TicketCategory {
  documentId: string;
  name: string;
}

export interface CatalogueItem {
  documentId: string;
  name: string;
  unitLabel: string;
}

export interface SupplyOrder {
  documentId: string;
  reference: string;
  lines: Array<{ item: string; name: string; unitLabel: string; quantity: number }>;
  note: string | null;
  state: 'requested' | 'fulfilled' | 'declined';
  staffNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** The value of a "where is the problem" option: the location, and the unit when there is one. */
export const placeValue = (place: Place) => `${place.location.documentId}|${place.unit?.documentId ?? ''}`;

export const placeLabel = (place: Place) =>
  place.unit ? `${place.location.name}, ${place.unit.name}` : `${place.location.name} (whole building)`;
