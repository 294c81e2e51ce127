import type { TicketStatus, Visibility } from '../../../server/src/contracts/service-desk';
import ticketSchema from '../../../server/src/content-types/ticket/schema.json';
import type { Tone } from './tone-badge';

/** The statuses the content type allows, in lifecycle order. */
export const TICKET_STATUSES = ticketSchema.attributes.state.enum as TicketStatus[];

/** What a ticket is called before triage, as the portal shows it. */
export const UNTRIAGED_TYPE = 'New PM Enquiry';
export const UNTRIAGED_PRIORITY = 'Unassigned';

const STATUS_LABELS: Record<string, string> = {
  new: 'New',
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

const STATUS_TONES: Record<string, Tone> = {
  new: 'secondary',
  open: 'primary',
  in_progress: 'alternative',
  on_hold: 'warning',
  resolved: 'success',
  closed: 'neutral',
  cancelled: 'danger',
};

/** Who sees a ticket in the portals besides staff, in the order of widening audience. */
export const VISIBILITIES: ReadonlyArray<{ value: Visibility; label: string; explanation: string }> = [
  {
    value: 'unpublished',
    label: 'Unpublished',
    explanation: 'Not reviewed for the portal yet: only the person who reported it sees it there.',
  },
  {
    value: 'management',
    label: 'Management only',
    explanation: 'Between the reporter and the management team; never listed to neighbours.',
  },
  {
    value: 'unit',
    label: 'Their unit',
    explanation: 'Everyone who lives or works in the same unit sees it and its published comments.',
  },
  {
    value: 'block',
    label: 'The whole building',
    explanation: 'Everyone at the location sees it and its published comments.',
  },
];

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;
export const statusTone = (status: string): Tone => STATUS_TONES[status] ?? 'neutral';
export const visibilityLabel = (visibility: string) => VISIBILITIES.find((entry) => entry.value === visibility)?.label ?? visibility;
