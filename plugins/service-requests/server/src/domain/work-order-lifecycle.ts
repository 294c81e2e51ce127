/**
 * The work-order lifecycle (DESIGN.md, "Lifecycles") as one pure transition table:
 * `(state, event, actor) → next state + effects`. The services load the work order, ask this
 * table, persist the change and run the effects in the same transaction.
 *
 * dispatching → offered (to the next vendor in rule order) → accepted (decline or deadline: back to
 * dispatching for the next vendor; none left: unassigned) → scheduled (a slot inside the tenant's
 * availability) → in_progress → completed, or not_done (reason) → awaiting_approval → approved:
 * accepted again (the same vendor reschedules) / rejected. An estimate above the location's
 * spending threshold also asks for approval. Staff may cancel anything not finished.
 */
export type WorkOrderState =
  | 'dispatching'
  | 'offered'
  | 'accepted'
  | 'scheduled'
  | 'in_progress'
  | 'completed'
  | 'not_done'
  | 'awaiting_approval'
  | 'rejected'
  | 'unassigned'
  | 'cancelled';

export type WorkOrderEvent =
  | 'offer'
  | 'accept'
  | 'decline'
  | 'expire'
  | 'exhaust'
  | 'redispatch'
  | 'schedule'
  | 'reschedule'
  | 'start'
  | 'complete'
  | 'not-done'
  | 'request-approval'
  | 'approve'
  | 'reject'
  | 'cancel';

/** vendor: the vendor holding the offer or the order; tenant: the reporter confirming a slot; approver: owner or manager by link. */
export type WorkOrderActor = 'staff' | 'vendor' | 'tenant' | 'approver' | 'system';

export type WorkOrderEffect =
  | 'email-offer-to-vendor'
  | 'offer-next-vendor'
  | 'alert-managers-unassigned'
  | 'ticket-in-progress'
  | 'confirm-appointment-to-tenant'
  | 'set-reminders'
  | 'clear-reminders'
  | 'stamp-started'
  | 'stamp-completed'
  | 'resolve-ticket'
  | 'start-invoice-follow-up'
  | 'email-approver'
  | 'ask-vendor-to-reschedule'
  | 'hold-ticket'
  | 'tell-manager-rejected'
  | 'withdraw-offers';

export const WORK_ORDER_STATES: WorkOrderState[] = [
  'dispatching',
  'offered',
  'accepted',
  'scheduled',
  'in_progress',
  'completed',
  'not_done',
  'awaiting_approval',
  'rejected',
  'unassigned',
  'cancelled',
];

/** States that are over: nothing leaves them. */
export const FINAL_STATES: WorkOrderState[] = ['completed', 'rejected', 'cancelled'];

/** A vendor holds the work (reminders, portal "my work orders"). */
export const ASSIGNED_STATES: WorkOrderState[] = ['accepted', 'scheduled', 'in_progress', 'not_done', 'awaiting_approval'];

interface Rule {
  from: WorkOrderState[];
  to: WorkOrderState;
  actors: WorkOrderActor[];
  label: string;
  effects: WorkOrderEffect[];
}

const OPEN: WorkOrderState[] = WORK_ORDER_STATES.filter((state) => !FINAL_STATES.includes(state));

const RULES: Record<WorkOrderEvent, Rule> = {
  offer: { from: ['dispatching'], to: 'offered', actors: ['system'], label: 'Offer to the next vendor', effects: ['email-offer-to-vendor'] },
  accept: { from: ['offered'], to: 'accepted', actors: ['vendor'], label: 'Accept', effects: ['ticket-in-progress'] },
  decline: { from: ['offered'], to: 'dispatching', actors: ['vendor'], label: 'Decline', effects: ['offer-next-vendor'] },
  expire: { from: ['offered'], to: 'dispatching', actors: ['system'], label: 'No answer in time', effects: ['offer-next-vendor'] },
  exhaust: { from: ['dispatching'], to: 'unassigned', actors: ['system'], label: 'No vendor left', effects: ['alert-managers-unassigned'] },
  redispatch: { from: ['unassigned'], to: 'dispatching', actors: ['staff'], label: 'Dispatch again', effects: ['offer-next-vendor'] },
  schedule: {
    from: ['accepted'],
    to: 'scheduled',
    actors: ['vendor', 'staff', 'tenant'],
    label: 'Schedule',
    effects: ['confirm-appointment-to-tenant', 'set-reminders'],
  },
  reschedule: {
    from: ['scheduled'],
    to: 'scheduled',
    actors: ['vendor', 'staff', 'tenant'],
    label: 'Reschedule',
    effects: ['confirm-appointment-to-tenant', 'set-reminders'],
  },
  start: { from: ['scheduled'], to: 'in_progress', actors: ['vendor'], label: 'Start', effects: ['stamp-started', 'clear-reminders'] },
  complete: {
    from: ['in_progress'],
    to: 'completed',
    actors: ['vendor'],
    label: 'Mark done',
    effects: ['stamp-completed', 'resolve-ticket', 'start-invoice-follow-up', 'clear-reminders'],
  },
  'not-done': { from: ['scheduled', 'in_progress'], to: 'not_done', actors: ['vendor'], label: 'Mark not done', effects: ['clear-reminders'] },
  'request-approval': {
    from: ['accepted', 'scheduled', 'in_progress', 'not_done'],
    to: 'awaiting_approval',
    actors: ['system'],
    label: 'Ask for approval',
    effects: ['email-approver', 'clear-reminders'],
  },
  approve: { from: ['awaiting_approval'], to: 'accepted', actors: ['approver', 'staff'], label: 'Approve', effects: ['ask-vendor-to-reschedule'] },
  reject: { from: ['awaiting_approval'], to: 'rejected', actors: ['approver', 'staff'], label: 'Reject', effects: ['hold-ticket', 'tell-manager-rejected'] },
  cancel: { from: OPEN, to: 'cancelled', actors: ['staff'], label: 'Cancel', effects: ['clear-reminders', 'withdraw-offers'] },
};

export const WORK_ORDER_EVENTS = Object.keys(RULES) as WorkOrderEvent[];

export type WorkOrderTransition = { allowed: true; to: WorkOrderState; effects: WorkOrderEffect[] } | { allowed: false; reason: string };

const LABELS: Record<WorkOrderState, string> = {
  dispatching: 'Finding a vendor',
  offered: 'Offered',
  accepted: 'Accepted',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  completed: 'Completed',
  not_done: 'Not done',
  awaiting_approval: 'Awaiting approval',
  rejected: 'Rejected',
  unassigned: 'Unassigned',
  cancelled: 'Cancelled',
};

export const workOrderStateLabel = (state: string) => LABELS[state as WorkOrderState] ?? state;

export const transitionWorkOrder = (from: WorkOrderState, event: WorkOrderEvent, actor: WorkOrderActor): WorkOrderTransition => {
  const rule = RULES[event];
  if (!rule) return { allowed: false, reason: `Unknown action "${event}"` };
  if (!rule.from.includes(from)) {
    return { allowed: false, reason: `A work order that is ${workOrderStateLabel(from).toLowerCase()} cannot be changed that way (${rule.label.toLowerCase()})` };
  }
  if (!rule.actors.includes(actor)) return { allowed: false, reason: `${rule.label} is not yours to do` };
  return { allowed: true, to: rule.to, effects: rule.effects };
};

/** What an actor may do from a state, for buttons. */
export const availableWorkOrderEvents = (from: WorkOrderState, actor: WorkOrderActor) =>
  WORK_ORDER_EVENTS.filter((event) => RULES[event].from.includes(from) && RULES[event].actors.includes(actor)).map((event) => ({
    event,
    label: RULES[event].label,
    to: RULES[event].to,
  }));
