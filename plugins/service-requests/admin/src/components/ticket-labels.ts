import type { BadgeProps } from '@strapi/design-system';
import ticketSchema from '../../../server/src/content-types/ticket/schema.json';

/** The statuses the content type allows, in lifecycle order. */
export const TICKET_STATUSES: readonly string[] = ticketSchema.attributes.state.enum;

const STATUS_LABELS: Record<string, string> = {
  new: 'New',
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

const STATUS_VARIANTS: Record<string, NonNullable<BadgeProps['variant']>> = {
  new: 'secondary',
  open: 'primary',
  in_progress: 'alternative',
  on_hold: 'warning',
  resolved: 'success',
  closed: 'neutral',
  cancelled: 'danger',
};

const VISIBILITY_LABELS: Record<string, string> = {
  unpublished: 'Unpublished',
  management: 'Management only',
  unit: 'Unit',
  block: 'Block',
};

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;
export const statusVariant = (status: string) => STATUS_VARIANTS[status] ?? 'neutral';
export const visibilityLabel = (visibility: string) => VISIBILITY_LABELS[visibility] ?? visibility;
