import { localFields } from './local-time';
import type { WorkOrderView } from './vendor-types';

/** The states in which the vendor holds the work and can still change the estimate. */
const ESTIMATE_STATES = ['accepted', 'scheduled', 'in_progress', 'not_done'];
/** The visit is booked or under way: tasks get ticked. */
const TASK_STATES = ['scheduled', 'in_progress'];
/** Anything but a job that was taken away or turned down can be given photos. */
const NO_PHOTO_STATES = ['rejected', 'cancelled', 'unassigned', 'dispatching', 'offered'];

/**
 * Which forms the work-order page shows. The lifecycle steps (book, start, done, not done) are the
 * ones the API lists in `actions`; the rest follow the same rules the API applies, so the page
 * never offers what would only be refused.
 */
export const stepsFor = (order: WorkOrderView) => {
  const can = (event: string) => order.actions.some((action) => action.event === event);
  const book = can('schedule') || can('reschedule');
  return {
    book,
    rebook: can('reschedule'),
    propose: book,
    start: can('start'),
    tasks: TASK_STATES.includes(order.status) && order.tasks.length > 0,
    complete: can('complete'),
    notDone: can('not-done'),
    estimate: ESTIMATE_STATES.includes(order.status),
    invoice: order.status === 'completed' && !order.invoice,
    photos: !NO_PHOTO_STATES.includes(order.status),
  };
};

export type WorkOrderSteps = ReturnType<typeof stepsFor>;

/** Money as the API holds it (no currency is recorded): "1,250.00". */
export const formatAmount = (amount: number) => amount.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The visit the booking form starts with: an hour at the start of the tenant's first window
 * still ahead (or the whole window when it is shorter), as the fields read at the location.
 */
export const suggestedVisit = (order: WorkOrderView, now = new Date()) => {
  const zone = order.location?.timezone;
  const window = order.availability.find((span) => new Date(span.start).getTime() > now.getTime());
  if (!window) return null;
  const start = localFields(window.start, zone);
  const end = localFields(new Date(Math.min(new Date(window.start).getTime() + 3_600_000, new Date(window.end).getTime())).toISOString(), zone);
  // A window that runs past midnight cannot be offered as one day's start and end.
  return start.date === end.date ? { date: start.date, from: start.time, to: end.time } : null;
};

/** What a vendor is told about a work order that waits on someone else, or is over. */
const STATE_NOTES: Record<string, string> = {
  not_done: 'Marked not done. The owner is being asked whether the work should go ahead.',
  awaiting_approval: 'The owner has been asked to approve this work. You will hear once they decide; until then there is nothing to do.',
  rejected: 'The owner decided the work should not go ahead. Thank you for your time.',
  cancelled: 'The management team cancelled this work order.',
};

export const stateNote = (order: WorkOrderView) =>
  order.status === 'completed' && order.invoice ? 'Done and invoiced. Thank you.' : (STATE_NOTES[order.status] ?? null);
