/**
 * The ticket lifecycle (DESIGN.md, "Lifecycles") as one pure transition table:
 * `(status, event, actor) → next status + effects`. The service loads the ticket, asks this table,
 * persists the change and then runs the effects; nothing here touches Strapi.
 */
export type TicketStatus = 'new' | 'open' | 'in_progress' | 'on_hold' | 'resolved' | 'closed' | 'cancelled';
export type TicketEvent = 'open' | 'start' | 'hold' | 'resume' | 'resolve' | 'close' | 'reopen' | 'cancel';
/** staff: an admin user; reporter: the portal user who raised it; system: jobs and other lifecycles. */
export type Actor = 'staff' | 'reporter' | 'system';

export type Effect =
  /** Email the reporter about the change (if they want updates and may see the ticket). */
  | 'notify-reporter'
  /** Ask the reporter to rate the outcome. */
  | 'ask-for-rating'
  /** Staff acted on it: the first-response target is met, if it was not already. */
  | 'mark-first-response'
  | 'stamp-resolved'
  | 'clear-resolved'
  | 'stamp-closed'
  /** Tell the location's managers (a request reopened by its reporter). */
  | 'alert-managers';

export const TICKET_STATUSES: TicketStatus[] = ['new', 'open', 'in_progress', 'on_hold', 'resolved', 'closed', 'cancelled'];

/** Statuses in which work is still owed: SLA clocks run and the reporter may still be helped. */
export const OPEN_STATUSES: TicketStatus[] = ['new', 'open', 'in_progress', 'on_hold'];

interface Rule {
  from: TicketStatus[];
  to: TicketStatus;
  /** Who may fire the event from which states; a reporter may do less than staff. */
  actors: Partial<Record<Actor, TicketStatus[]>>;
  label: string;
  effects: Effect[];
}

const RULES: Record<TicketEvent, Rule> = {
  // new → open happens when triage is complete (type and priority set); the service checks that.
  open: { from: ['new'], to: 'open', actors: { staff: ['new'], system: ['new'] }, label: 'Open', effects: ['notify-reporter'] },
  start: {
    from: ['open'],
    to: 'in_progress',
    actors: { staff: ['open'], system: ['open'] },
    label: 'Start work',
    effects: ['notify-reporter', 'mark-first-response'],
  },
  hold: {
    from: ['open', 'in_progress'],
    to: 'on_hold',
    actors: { staff: ['open', 'in_progress'], system: ['open', 'in_progress'] },
    label: 'Put on hold',
    effects: ['notify-reporter', 'mark-first-response'],
  },
  resume: { from: ['on_hold'], to: 'open', actors: { staff: ['on_hold'], system: ['on_hold'] }, label: 'Resume', effects: ['notify-reporter'] },
  resolve: {
    from: ['open', 'in_progress', 'on_hold'],
    to: 'resolved',
    actors: { staff: ['open', 'in_progress', 'on_hold'], system: ['open', 'in_progress', 'on_hold'] },
    label: 'Resolve',
    effects: ['notify-reporter', 'mark-first-response', 'stamp-resolved', 'ask-for-rating'],
  },
  close: { from: ['resolved'], to: 'closed', actors: { staff: ['resolved'], system: ['resolved'] }, label: 'Close', effects: ['stamp-closed'] },
  // A reporter reopens only by rating the outcome Dissatisfied or worse (see ticket-rating.ts).
  reopen: {
    from: ['resolved'],
    to: 'open',
    actors: { staff: ['resolved'], reporter: ['resolved'] },
    label: 'Reopen',
    effects: ['notify-reporter', 'clear-resolved'],
  },
  cancel: {
    from: ['new', 'open', 'in_progress', 'on_hold'],
    to: 'cancelled',
    actors: { staff: ['new', 'open', 'in_progress', 'on_hold'], reporter: ['new', 'open'], system: ['new', 'open', 'in_progress', 'on_hold'] },
    label: 'Cancel',
    effects: ['notify-reporter', 'stamp-closed'],
  },
};

export const TICKET_EVENTS = Object.keys(RULES) as TicketEvent[];

export type TransitionResult =
  | { allowed: true; to: TicketStatus; effects: Effect[] }
  | { allowed: false; reason: string };

const statusLabels: Record<TicketStatus, string> = {
  new: 'New',
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export const statusLabel = (status: string) => statusLabels[status as TicketStatus] ?? status;

export const transition = (from: TicketStatus, event: TicketEvent, actor: Actor): TransitionResult => {
  const rule = RULES[event];
  if (!rule) return { allowed: false, reason: `Unknown action "${event}"` };
  if (!rule.from.includes(from)) {
    return { allowed: false, reason: `A ticket that is ${statusLabel(from).toLowerCase()} cannot be moved to ${statusLabel(rule.to).toLowerCase()}` };
  }
  if (!rule.actors[actor]?.includes(from)) {
    return { allowed: false, reason: actor === 'reporter' ? `You cannot ${rule.label.toLowerCase()} this request now` : `${rule.label} is not allowed here` };
  }
  // The reporter's own actions need no email telling them what they just did.
  const effects = actor === 'reporter' ? rule.effects.filter((effect) => effect !== 'notify-reporter') : rule.effects;
  return { allowed: true, to: rule.to, effects: actor === 'reporter' && event === 'reopen' ? [...effects, 'alert-managers'] : effects };
};

/** The event that moves a ticket from one status to another, for writes that set the status directly. */
export const eventBetween = (from: TicketStatus, to: TicketStatus): TicketEvent | null =>
  TICKET_EVENTS.find((event) => RULES[event].to === to && RULES[event].from.includes(from)) ?? null;

/** The actions an actor may take from a status, for buttons and portal controls. */
export const availableEvents = (from: TicketStatus, actor: Actor) =>
  TICKET_EVENTS.filter((event) => RULES[event].actors[actor]?.includes(from)).map((event) => ({
    event,
    label: RULES[event].label,
    to: RULES[event].to,
  }));
