import { targetState, worstOf } from '../domain/sla';
import { OPEN_STATUSES, type TicketStatus } from '../domain/ticket-lifecycle';
import type { SlaView } from '../contracts/service-desk';

interface SlaFacts {
  state: string;
  firstResponseDueAt: Date | string | null;
  resolutionDueAt: Date | string | null;
  firstRespondedAt: Date | string | null;
  resolvedAt: Date | string | null;
  firstResponseHours: number | null;
  resolutionHours: number | null;
}

const date = (value: Date | string | null) => (value ? new Date(value) : null);
const iso = (value: Date | null) => (value ? value.toISOString() : null);

/**
 * A ticket's SLA as the desk shows it. A ticket closed or cancelled without being resolved owes
 * nothing more: its open targets read as no state rather than as breached forever.
 */
export const slaViewOf = (ticket: SlaFacts, now = new Date()): SlaView => {
  const stillOwed = OPEN_STATUSES.includes(ticket.state as TicketStatus);
  const firstResponseDueAt = date(ticket.firstResponseDueAt);
  const resolutionDueAt = date(ticket.resolutionDueAt);
  const firstRespondedAt = date(ticket.firstRespondedAt);
  const resolvedAt = date(ticket.resolvedAt);
  const first = firstRespondedAt || stillOwed ? targetState({ dueAt: firstResponseDueAt, doneAt: firstRespondedAt, targetHours: ticket.firstResponseHours, now }) : 'none';
  const resolution = resolvedAt || stillOwed ? targetState({ dueAt: resolutionDueAt, doneAt: resolvedAt, targetHours: ticket.resolutionHours, now }) : 'none';
  const openDues = stillOwed ? [!firstRespondedAt ? firstResponseDueAt : null, !resolvedAt ? resolutionDueAt : null].filter((due): due is Date => due !== null) : [];
  const nextDueAt = openDues.length > 0 ? new Date(Math.min(...openDues.map((due) => due.getTime()))) : null;
  return {
    state: worstOf(first, resolution),
    firstResponseDueAt: iso(firstResponseDueAt),
    firstRespondedAt: iso(firstRespondedAt),
    resolutionDueAt: iso(resolutionDueAt),
    resolvedAt: iso(resolvedAt),
    nextDueAt: iso(nextDueAt),
  };
};
