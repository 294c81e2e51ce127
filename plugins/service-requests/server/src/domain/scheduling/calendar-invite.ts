import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { assertValidDate, resolveLocalTime, wallClock, zoneOf } from './local-time';
import { spanAround, vtimezone } from './vtimezone';

/**
 * The calendar invite (.ics, iTIP per RFC 5546) that goes with an appointment confirmation, and the
 * cancellation that takes it out of the tenant's calendar again.
 *
 * - UID comes from the work order alone, so every later invite for the same work order (a new
 *   slot, a cancellation) updates the one event already in the calendar instead of adding another.
 * - SEQUENCE tells a client which version is newer: 0 for the first invite, one more for every
 *   reschedule or cancellation (`nextSequence`). The caller keeps the last one sent.
 * - Times are written in the location's timezone (DTSTART;TZID=Europe/London:20260329T093000)
 *   with a VTIMEZONE built from the runtime's tzdata (vtimezone.ts says why not a package), so a
 *   client in another zone shows the right time and a DST change between now and then is honoured.
 * - One exception: a local time that occurs twice (the repeated hour of fall-back, 01:30 on
 *   2026-11-01 in New York) is ambiguous with TZID. RFC 5545 says it means the first occurrence,
 *   but Mozilla's ical.js (Thunderbird's, ported from libical) reads the second, as the tests
 *   show. An appointment that starts or ends in that hour is therefore written in UTC, which
 *   every client shows at the right moment in its own zone.
 * - The managing agent is the ORGANIZER (replies go to them); the tenant is the ATTENDEE.
 * - METHOD:REQUEST for an invite; METHOD:CANCEL with STATUS:CANCELLED for a cancellation.
 */

export interface InviteParty {
  email: string;
  name?: string | null;
}

export interface AppointmentInvite {
  workOrderId: string | number;
  /** 0 for the first invite of this work order; see `nextSequence`. */
  sequence: number;
  start: Date;
  end: Date;
  /** The location's IANA timezone. */
  timezone: string;
  summary: string;
  description?: string | null;
  /** The location's address. */
  address: string;
  /** The managing agent. */
  organizer: InviteParty;
  /** The tenant. */
  attendee: InviteParty;
  /** When the invite is produced (DTSTAMP); now by default. */
  stamp?: Date;
}

export const UID_DOMAIN = 'service-requests';

const WORK_ORDER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The event UID for a work order's appointment: the same for every invite of that work order. */
export const inviteUid = (workOrderId: string | number): string => {
  const id = String(workOrderId);
  if (!WORK_ORDER_ID.test(id)) throw new Error(`A work order id for an invite must be 1–64 letters, digits, '-' or '_'; got ${JSON.stringify(workOrderId)}`);
  return `work-order-${id}@${UID_DOMAIN}`;
};

/** The SEQUENCE for the next invite of a work order, given the last one sent (none yet: 0). */
export const nextSequence = (lastSent: number | null | undefined): number => (lastSent === null || lastSent === undefined ? 0 : lastSent + 1);

const party = (value: InviteParty, role: string) => {
  if (!value || typeof value.email !== 'string' || !EMAIL.test(value.email)) throw new Error(`The ${role}'s email address is not valid: ${JSON.stringify(value?.email)}`);
  return { email: value.email, name: value.name?.trim() || undefined };
};

/** Whether the instant's local reading occurs twice in the zone (the repeated hour of fall-back). */
const isAmbiguousLocally = (at: Date, timezone: string) => {
  const zone = zoneOf(timezone);
  return resolveLocalTime(wallClock(at, zone), zone).repeatedAt !== null;
};

const build = (invite: AppointmentInvite, kind: 'request' | 'cancel'): string => {
  const uid = inviteUid(invite.workOrderId);
  if (!Number.isInteger(invite.sequence) || invite.sequence < 0) throw new Error('The invite sequence must be a whole number, 0 or more');
  const start = assertValidDate(invite.start, 'The appointment start');
  const end = assertValidDate(invite.end, 'The appointment end');
  if (end.getTime() <= start.getTime()) throw new Error('The appointment must end after it starts');
  zoneOf(invite.timezone);
  if (typeof invite.summary !== 'string' || invite.summary.trim() === '') throw new Error('The invite needs a summary');
  if (typeof invite.address !== 'string' || invite.address.trim() === '') throw new Error('The invite needs the location\'s address');
  const organizer = party(invite.organizer, 'organizer');
  const attendee = party(invite.attendee, 'attendee');
  const span = spanAround(start, end);
  const zoned = !isAmbiguousLocally(start, invite.timezone) && !isAmbiguousLocally(end, invite.timezone);

  const calendar = new ICalCalendar({
    prodId: { company: 'Service Requests', product: 'Work order appointments' },
    method: kind === 'request' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    // No calendar-wide zone: DTSTAMP must stay in UTC. The generator still runs for the event's zone.
    timezone: { name: null, generator: (timezone) => vtimezone(timezone, span) },
  });
  calendar.createEvent({
    id: uid,
    sequence: invite.sequence,
    stamp: invite.stamp ?? new Date(),
    // ical-generator writes a plain Date in the server's zone; a zoned luxon value is written in the location's.
    start: DateTime.fromJSDate(start, { zone: zoned ? invite.timezone : 'UTC' }),
    end: DateTime.fromJSDate(end, { zone: zoned ? invite.timezone : 'UTC' }),
    timezone: zoned ? invite.timezone : null,
    summary: invite.summary.trim(),
    description: invite.description?.trim() || null,
    location: invite.address.trim(),
    // ical-generator needs a name for the organizer; the address stands in when there is none.
    organizer: { email: organizer.email, name: organizer.name ?? organizer.email },
    attendees: [{ ...attendee, rsvp: kind === 'request', role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION }],
    status: kind === 'request' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
  });
  return calendar.toString();
};

/** The invite for a newly scheduled or rescheduled appointment (METHOD:REQUEST). */
export const appointmentInvite = (invite: AppointmentInvite): string => build(invite, 'request');

/** The cancellation of a work order's appointment (METHOD:CANCEL, STATUS:CANCELLED). */
export const appointmentCancellation = (invite: AppointmentInvite): string => build(invite, 'cancel');
