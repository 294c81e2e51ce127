import { availableEvents, eventBetween, TICKET_EVENTS, TICKET_STATUSES, transition, type Actor, type TicketEvent, type TicketStatus } from '../ticket-lifecycle';

/**
 * The whole table written out by hand, independently of the implementation: every allowed
 * (status, event, actor) and where it leads. Everything not listed must be refused.
 */
const ALLOWED: Array<[TicketStatus, TicketEvent, Actor, TicketStatus]> = [
  ['new', 'open', 'staff', 'open'],
  ['new', 'open', 'system', 'open'],
  ['open', 'start', 'staff', 'in_progress'],
  ['open', 'start', 'system', 'in_progress'],
  ['open', 'hold', 'staff', 'on_hold'],
  ['open', 'hold', 'system', 'on_hold'],
  ['in_progress', 'hold', 'staff', 'on_hold'],
  ['in_progress', 'hold', 'system', 'on_hold'],
  ['on_hold', 'resume', 'staff', 'open'],
  ['on_hold', 'resume', 'system', 'open'],
  ['open', 'resolve', 'staff', 'resolved'],
  ['open', 'resolve', 'system', 'resolved'],
  ['in_progress', 'resolve', 'staff', 'resolved'],
  ['in_progress', 'resolve', 'system', 'resolved'],
  ['on_hold', 'resolve', 'staff', 'resolved'],
  ['on_hold', 'resolve', 'system', 'resolved'],
  ['resolved', 'close', 'staff', 'closed'],
  ['resolved', 'close', 'system', 'closed'],
  ['resolved', 'reopen', 'staff', 'open'],
  ['resolved', 'reopen', 'reporter', 'open'],
  ['new', 'cancel', 'staff', 'cancelled'],
  ['open', 'cancel', 'staff', 'cancelled'],
  ['in_progress', 'cancel', 'staff', 'cancelled'],
  ['on_hold', 'cancel', 'staff', 'cancelled'],
  ['new', 'cancel', 'system', 'cancelled'],
  ['open', 'cancel', 'system', 'cancelled'],
  ['in_progress', 'cancel', 'system', 'cancelled'],
  ['on_hold', 'cancel', 'system', 'cancelled'],
  ['new', 'cancel', 'reporter', 'cancelled'],
  ['open', 'cancel', 'reporter', 'cancelled'],
];

const ACTORS: Actor[] = ['staff', 'reporter', 'system'];
const key = (status: string, event: string, actor: string) => `${status}|${event}|${actor}`;
const allowed = new Map(ALLOWED.map(([status, event, actor, to]) => [key(status, event, actor), to]));

const every = TICKET_STATUSES.flatMap((status) => TICKET_EVENTS.flatMap((event) => ACTORS.map((actor) => [status, event, actor] as const)));
const allowedCases = every.filter(([status, event, actor]) => allowed.has(key(status, event, actor)));
const refusedCases = every.filter(([status, event, actor]) => !allowed.has(key(status, event, actor)));

describe('the ticket transition table', () => {
  it('knows every status and event of the design', () => {
    expect(TICKET_STATUSES).toEqual(['new', 'open', 'in_progress', 'on_hold', 'resolved', 'closed', 'cancelled']);
    expect([...TICKET_EVENTS].sort()).toEqual(['cancel', 'close', 'hold', 'open', 'reopen', 'resolve', 'resume', 'start']);
  });

  it.each(allowedCases)('allows %s --%s--> by %s', (status, event, actor) => {
    const result = transition(status, event, actor);
    expect(result).toMatchObject({ allowed: true, to: allowed.get(key(status, event, actor)) });
  });

  it.each(refusedCases)('refuses %s --%s--> by %s, with a reason', (status, event, actor) => {
    const result = transition(status, event, actor);
    expect(result.allowed).toBe(false);
    if (!result.allowed) expect(result.reason).toMatch(/\w/);
  });

  it('closed and cancelled are final: nothing leaves them', () => {
    for (const actor of ACTORS) {
      expect(availableEvents('closed', actor)).toEqual([]);
      expect(availableEvents('cancelled', actor)).toEqual([]);
    }
  });

  it('emails the reporter about changes staff make, never about their own', () => {
    const byStaff = transition('open', 'cancel', 'staff');
    const byReporter = transition('open', 'cancel', 'reporter');
    expect(byStaff.allowed && byStaff.effects).toContain('notify-reporter');
    expect(byReporter.allowed && byReporter.effects).not.toContain('notify-reporter');
  });

  it('asks for a rating and stamps the resolution when resolved; reopening clears it', () => {
    const resolved = transition('in_progress', 'resolve', 'staff');
    expect(resolved.allowed && resolved.effects).toEqual(expect.arrayContaining(['ask-for-rating', 'stamp-resolved', 'mark-first-response']));
    const reopened = transition('resolved', 'reopen', 'staff');
    expect(reopened.allowed && reopened.effects).toContain('clear-resolved');
  });

  it('alerts the managers when the reporter reopens (by a poor rating)', () => {
    const result = transition('resolved', 'reopen', 'reporter');
    expect(result.allowed && result.effects).toContain('alert-managers');
  });

  it('names the event behind a direct status change, and none where no event leads', () => {
    expect(eventBetween('open', 'in_progress')).toBe('start');
    expect(eventBetween('on_hold', 'open')).toBe('resume');
    expect(eventBetween('resolved', 'open')).toBe('reopen');
    expect(eventBetween('closed', 'open')).toBeNull();
    expect(eventBetween('new', 'resolved')).toBeNull();
  });

  it('offers a reporter only cancelling, while new or open', () => {
    expect(availableEvents('new', 'reporter').map((action) => action.event)).toEqual(['cancel']);
    expect(availableEvents('open', 'reporter').map((action) => action.event)).toEqual(['cancel']);
    expect(availableEvents('in_progress', 'reporter')).toEqual([]);
  });
});
