import {
  availableWorkOrderEvents,
  transitionWorkOrder,
  WORK_ORDER_EVENTS,
  WORK_ORDER_STATES,
  type WorkOrderActor,
  type WorkOrderEvent,
  type WorkOrderState,
} from '../work-order-lifecycle';

const OPEN = ['dispatching', 'offered', 'accepted', 'scheduled', 'in_progress', 'not_done', 'awaiting_approval', 'unassigned'] as const;

/** The whole table by hand: every allowed (state, event, actor) and where it leads. All else is refused. */
const ALLOWED: Array<[WorkOrderState, WorkOrderEvent, WorkOrderActor, WorkOrderState]> = [
  ['dispatching', 'offer', 'system', 'offered'],
  ['offered', 'accept', 'vendor', 'accepted'],
  ['offered', 'decline', 'vendor', 'dispatching'],
  ['offered', 'expire', 'system', 'dispatching'],
  ['dispatching', 'exhaust', 'system', 'unassigned'],
  ['unassigned', 'redispatch', 'staff', 'dispatching'],
  ['accepted', 'schedule', 'vendor', 'scheduled'],
  ['accepted', 'schedule', 'staff', 'scheduled'],
  ['accepted', 'schedule', 'tenant', 'scheduled'],
  ['scheduled', 'reschedule', 'vendor', 'scheduled'],
  ['scheduled', 'reschedule', 'staff', 'scheduled'],
  ['scheduled', 'reschedule', 'tenant', 'scheduled'],
  ['scheduled', 'start', 'vendor', 'in_progress'],
  ['in_progress', 'complete', 'vendor', 'completed'],
  ['scheduled', 'not-done', 'vendor', 'not_done'],
  ['in_progress', 'not-done', 'vendor', 'not_done'],
  ['accepted', 'request-approval', 'system', 'awaiting_approval'],
  ['scheduled', 'request-approval', 'system', 'awaiting_approval'],
  ['in_progress', 'request-approval', 'system', 'awaiting_approval'],
  ['not_done', 'request-approval', 'system', 'awaiting_approval'],
  ['awaiting_approval', 'approve', 'approver', 'accepted'],
  ['awaiting_approval', 'approve', 'staff', 'accepted'],
  ['awaiting_approval', 'reject', 'approver', 'rejected'],
  ['awaiting_approval', 'reject', 'staff', 'rejected'],
  ...OPEN.map((state) => [state, 'cancel', 'staff', 'cancelled'] as [WorkOrderState, WorkOrderEvent, WorkOrderActor, WorkOrderState]),
];

const ACTORS: WorkOrderActor[] = ['staff', 'vendor', 'tenant', 'approver', 'system'];
const key = (state: string, event: string, actor: string) => `${state}|${event}|${actor}`;
const allowed = new Map(ALLOWED.map(([state, event, actor, to]) => [key(state, event, actor), to]));
const every = WORK_ORDER_STATES.flatMap((state) => WORK_ORDER_EVENTS.flatMap((event) => ACTORS.map((actor) => [state, event, actor] as const)));

describe('the work-order transition table', () => {
  it.each(every.filter(([s, e, a]) => allowed.has(key(s, e, a))))('allows %s --%s--> by %s', (state, event, actor) => {
    expect(transitionWorkOrder(state, event, actor)).toMatchObject({ allowed: true, to: allowed.get(key(state, event, actor)) });
  });

  it.each(every.filter(([s, e, a]) => !allowed.has(key(s, e, a))))('refuses %s --%s--> by %s', (state, event, actor) => {
    const result = transitionWorkOrder(state, event, actor);
    expect(result.allowed).toBe(false);
  });

  it('completed, rejected and cancelled are final', () => {
    for (const actor of ACTORS) for (const state of ['completed', 'rejected', 'cancelled'] as const) expect(availableWorkOrderEvents(state, actor)).toEqual([]);
  });

  it('sets reminders when scheduled or rescheduled, and clears them when the visit starts, is not done, or is cancelled', () => {
    const effectsOf = (state: WorkOrderState, event: WorkOrderEvent, actor: WorkOrderActor) => {
      const result = transitionWorkOrder(state, event, actor);
      return result.allowed ? result.effects : [];
    };
    expect(effectsOf('accepted', 'schedule', 'vendor')).toEqual(expect.arrayContaining(['set-reminders', 'confirm-appointment-to-tenant']));
    expect(effectsOf('scheduled', 'reschedule', 'staff')).toContain('set-reminders');
    for (const [state, event, actor] of [['scheduled', 'start', 'vendor'], ['in_progress', 'not-done', 'vendor'], ['scheduled', 'cancel', 'staff']] as const) {
      expect(effectsOf(state, event, actor)).toContain('clear-reminders');
    }
  });

  it('offers the next vendor after a decline or a missed deadline; resolves the ticket and chases the invoice when done', () => {
    expect(transitionWorkOrder('offered', 'decline', 'vendor')).toMatchObject({ effects: ['offer-next-vendor'] });
    expect(transitionWorkOrder('offered', 'expire', 'system')).toMatchObject({ effects: ['offer-next-vendor'] });
    expect(transitionWorkOrder('in_progress', 'complete', 'vendor')).toMatchObject({ effects: expect.arrayContaining(['resolve-ticket', 'start-invoice-follow-up']) });
  });
});
