import { formatDuration, formatInZone } from './format';
import { isStillOpen } from './ticket-status';

export interface DueTime {
  /** The due moment in the location's time zone, e.g. "24 Nov 2026, 14:00 GMT". */
  at: string;
  /** "in 2 days 3 hours" or "overdue by 3 hours 10 minutes". */
  relative: string;
  overdue: boolean;
}

/**
 * When management aims to have a request resolved, as residents read it; null once there is
 * nothing left to wait for (no target yet, or the request is resolved, closed or cancelled).
 */
export const dueTime = (
  ticket: { dueAt: string | null; status: string; location: { timezone: string } | null },
  now = new Date(),
): DueTime | null => {
  if (!ticket.dueAt || !isStillOpen(ticket.status)) return null;
  const overdue = new Date(ticket.dueAt).getTime() < now.getTime();
  const distance = overdue ? formatDuration(ticket.dueAt, now.toISOString()) : formatDuration(now.toISOString(), ticket.dueAt);
  return {
    at: formatInZone(ticket.dueAt, ticket.location?.timezone),
    relative: overdue ? `overdue by ${distance}` : `in ${distance}`,
    overdue,
  };
};
