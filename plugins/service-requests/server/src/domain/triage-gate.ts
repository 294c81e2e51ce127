/**
 * The triage gate: a ticket must be given a type (not "New PM Enquiry") and a priority
 * (not "Unassigned") before any other change is accepted. Until then the only changes allowed are
 * the triage itself (type, priority, category, department, assignee), the reporter's
 * notification switch, and cancelling the ticket (spam and duplicates need no triage).
 * Untriaged means the relation is empty: "New PM Enquiry" and "Unassigned" are how it is shown.
 */
export const UNTRIAGED_TYPE_LABEL = 'New PM Enquiry';
export const UNTRIAGED_PRIORITY_LABEL = 'Unassigned';

/** The parts of a saved ticket the gate compares, relations as ids. */
export interface GatedTicket {
  typeId: number | null;
  priorityId: number | null;
  state: string;
  summary: string;
  description: string;
  visibility: string;
  locationId: number | null;
  unitId: number | null;
  reporterId: number | null;
}

export type Missing = 'type' | 'priority';

export const missingForTriage = (ticket: Pick<GatedTicket, 'typeId' | 'priorityId'>): Missing[] => [
  ...(ticket.typeId === null ? (['type'] as const) : []),
  ...(ticket.priorityId === null ? (['priority'] as const) : []),
];

const GATED_FIELDS = ['summary', 'description', 'visibility', 'locationId', 'unitId', 'reporterId', 'state'] as const;

/** Why a change from `before` to `after` is refused by the gate, or null when it may go ahead. */
export const triageGateRefusal = (before: GatedTicket, after: GatedTicket): { message: string; missing: Missing[] } | null => {
  const missing = missingForTriage(after);
  if (missing.length === 0) return null;
  const changed = GATED_FIELDS.filter((field) => before[field] !== after[field]);
  const onlyCancelled = changed.length === 1 && changed[0] === 'state' && after.state === 'cancelled';
  if (changed.length === 0 || onlyCancelled) return null;
  const what = missing.map((field) => (field === 'type' ? 'a type' : 'a priority')).join(' and ');
  return { message: `Triage this ticket first: give it ${what} before any other change`, missing };
};
