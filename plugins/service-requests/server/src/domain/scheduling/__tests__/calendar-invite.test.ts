import ICAL from 'ical.js';
import { appointmentCancellation, appointmentInvite, inviteUid, nextSequence, type AppointmentInvite } from '../calendar-invite';

/** Unfolds continuation lines (RFC 5545 3.1) and splits on CRLF. */
const linesOf = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const eventLines = (ics: string) => {
  const lines = linesOf(ics);
  return lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
};
const property = (ics: string, name: string) => eventLines(ics).filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

/** The instants a standards-following client (Mozilla's ical.js) reads from the invite, using only the invite's own VTIMEZONE. */
const readByClient = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const component of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(component));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  const read = { start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), uid: event.uid, sequence: event.sequence };
  for (const component of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.remove(String(component.getFirstPropertyValue('tzid')));
  return read;
};

const base: AppointmentInvite = {
  workOrderId: 'wo-42',
  sequence: 0,
  // Sunday 29 March 2026, the day London's clocks go forward at 01:00 GMT: 09:30–11:30 BST.
  start: new Date('2026-03-29T08:30:00Z'),
  end: new Date('2026-03-29T10:30:00Z'),
  timezone: 'Europe/London',
  summary: 'Boiler repair, Flat 3',
  description: 'No hot water since Friday.\nKey with the concierge; ring twice.',
  address: '1 High Street, London N1 9AA',
  organizer: { email: 'agent@lettings.example', name: 'Pat Agent' },
  attendee: { email: 'tenant@example.org', name: 'Sam Tenant' },
  stamp: new Date('2026-03-20T12:00:00Z'),
};

describe('the calendar invite for an appointment', () => {
  const ics = appointmentInvite(base);

  it('is a REQUEST for one event whose UID comes from the work order', () => {
    const lines = linesOf(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(property(ics, 'UID')).toEqual(['UID:work-order-wo-42@service-requests']);
    expect(property(ics, 'SEQUENCE')).toEqual(['SEQUENCE:0']);
    expect(property(ics, 'STATUS')).toEqual(['STATUS:CONFIRMED']);
    expect(property(ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260320T120000Z']);
  });

  it('writes start and end in the location timezone on the day the clocks change', () => {
    expect(property(ics, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260329T093000']);
    expect(property(ics, 'DTEND')).toEqual(['DTEND;TZID=Europe/London:20260329T113000']);
  });

  it('writes the same local time the day before the change, when it is a different UTC time', () => {
    const saturday = appointmentInvite({ ...base, start: new Date('2026-03-28T09:30:00Z'), end: new Date('2026-03-28T11:30:00Z') });
    expect(property(saturday, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260328T093000']);
  });

  it('carries a VTIMEZONE for the zone with the change that morning', () => {
    const lines = linesOf(ics);
    const zone = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(zone[1]).toBe('TZID:Europe/London');
    const change = zone.indexOf('DTSTART:20260329T010000');
    expect(zone.slice(change - 1, change + 4)).toEqual(['BEGIN:DAYLIGHT', 'DTSTART:20260329T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'END:DAYLIGHT']);
  });

  it('names the agent as organizer and the tenant as attendee asked to reply', () => {
    expect(property(ics, 'ORGANIZER')).toEqual(['ORGANIZER;CN="Pat Agent":mailto:agent@lettings.example']);
    const [attendee] = property(ics, 'ATTENDEE');
    expect(attendee).toMatch(/^ATTENDEE;/);
    expect(attendee).toContain('ROLE=REQ-PARTICIPANT');
    expect(attendee).toContain('PARTSTAT=NEEDS-ACTION');
    expect(attendee).toContain('RSVP=TRUE');
    expect(attendee).toContain('CN="Sam Tenant"');
    expect(attendee.toLowerCase()).toMatch(/:mailto:tenant@example\.org$/);
  });

  it('escapes commas, semicolons and new lines in the text', () => {
    expect(property(ics, 'SUMMARY')).toEqual(['SUMMARY:Boiler repair\\, Flat 3']);
    expect(property(ics, 'LOCATION')).toEqual(['LOCATION:1 High Street\\, London N1 9AA']);
    expect(property(ics, 'DESCRIPTION')).toEqual(['DESCRIPTION:No hot water since Friday.\\nKey with the concierge\\; ring twice.']);
  });

  it('uses CRLF line ends and folds lines at 75 octets', () => {
    const long = appointmentInvite({ ...base, description: 'x'.repeat(300) });
    expect(long.endsWith('END:VCALENDAR')).toBe(true);
    expect(long.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(long.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(property(long, 'DESCRIPTION')).toEqual([`DESCRIPTION:${'x'.repeat(300)}`]);
  });

  it.each([
    ['Europe/London, the spring-forward day', 'Europe/London', '2026-03-29T08:30:00Z'],
    ['Europe/Berlin, the fall-back day after the repeated hour', 'Europe/Berlin', '2026-10-25T09:00:00Z'],
    ['America/New_York, the spring-forward day', 'America/New_York', '2026-03-08T13:00:00Z'],
    ['Australia/Sydney, the spring-forward day', 'Australia/Sydney', '2026-10-03T22:00:00Z'],
    ['Australia/Sydney, in winter', 'Australia/Sydney', '2026-07-01T00:00:00Z'],
  ])('is read by a calendar client at the right instant: %s', (_name, timezone, start) => {
    const end = new Date(new Date(start).getTime() + 90 * 60_000);
    const read = readByClient(appointmentInvite({ ...base, timezone, start: new Date(start), end }));
    expect(read).toEqual({ start: new Date(start).toISOString(), end: end.toISOString(), uid: 'work-order-wo-42@service-requests', sequence: 0 });
  });

  it('writes an appointment in the repeated fall-back hour in UTC, since clients disagree which 01:30 TZID means', () => {
    // 1 November 2026 in New York: 01:30 EDT is 05:30Z, 01:30 EST is 06:30Z.
    const first = appointmentInvite({ ...base, timezone: 'America/New_York', start: new Date('2026-11-01T05:30:00Z'), end: new Date('2026-11-01T05:50:00Z') });
    expect(property(first, 'DTSTART')).toEqual(['DTSTART:20261101T053000Z']);
    expect(readByClient(first).start).toBe('2026-11-01T05:30:00.000Z');
    const second = appointmentInvite({ ...base, timezone: 'America/New_York', start: new Date('2026-11-01T06:30:00Z'), end: new Date('2026-11-01T07:30:00Z') });
    expect(property(second, 'DTSTART')).toEqual(['DTSTART:20261101T063000Z']);
    expect(property(second, 'DTEND')).toEqual(['DTEND:20261101T073000Z']);
    expect(readByClient(second).start).toBe('2026-11-01T06:30:00.000Z');
    // Ending in it is enough: 00:30–01:15 EDT.
    const endingInIt = appointmentInvite({ ...base, timezone: 'America/New_York', start: new Date('2026-11-01T04:30:00Z'), end: new Date('2026-11-01T05:15:00Z') });
    expect(property(endingInIt, 'DTSTART')).toEqual(['DTSTART:20261101T043000Z']);
    // Later that day times are unambiguous again and carry the TZID.
    const morning = appointmentInvite({ ...base, timezone: 'America/New_York', start: new Date('2026-11-01T14:00:00Z'), end: new Date('2026-11-01T15:00:00Z') });
    expect(property(morning, 'DTSTART')).toEqual(['DTSTART;TZID=America/New_York:20261101T090000']);
    expect(readByClient(morning).start).toBe('2026-11-01T14:00:00.000Z');
  });
});

describe('rescheduling and cancelling', () => {
  it('keeps the UID of the work order and carries the sequence it is given', () => {
    const moved = appointmentInvite({ ...base, sequence: 1, start: new Date('2026-03-30T08:30:00Z'), end: new Date('2026-03-30T10:30:00Z') });
    expect(property(moved, 'UID')).toEqual(['UID:work-order-wo-42@service-requests']);
    expect(property(moved, 'SEQUENCE')).toEqual(['SEQUENCE:1']);
    expect(property(moved, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260330T093000']);
  });

  it('numbers each new version one more than the last one sent, starting at 0', () => {
    expect([nextSequence(null), nextSequence(undefined), nextSequence(0), nextSequence(4)]).toEqual([0, 0, 1, 5]);
  });

  it('gives different work orders different UIDs', () => {
    expect(inviteUid('wo-42')).toBe('work-order-wo-42@service-requests');
    expect(inviteUid(42)).toBe('work-order-42@service-requests');
    expect(inviteUid('wo-43')).not.toBe(inviteUid('wo-42'));
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED on the same event', () => {
    const cancel = appointmentCancellation({ ...base, sequence: 2 });
    expect(linesOf(cancel)).toContain('METHOD:CANCEL');
    expect(linesOf(cancel)).not.toContain('METHOD:REQUEST');
    expect(property(cancel, 'STATUS')).toEqual(['STATUS:CANCELLED']);
    expect(property(cancel, 'UID')).toEqual(['UID:work-order-wo-42@service-requests']);
    expect(property(cancel, 'SEQUENCE')).toEqual(['SEQUENCE:2']);
    expect(property(cancel, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260329T093000']);
    expect(readByClient(cancel).sequence).toBe(2);
  });
});

describe('invites that are refused', () => {
  it.each([
    [{ workOrderId: 'wo 42' }, /A work order id for an invite must be 1–64 letters, digits, '-' or '_'/],
    [{ workOrderId: '' }, /A work order id/],
    [{ sequence: -1 }, 'The invite sequence must be a whole number, 0 or more'],
    [{ sequence: 1.5 }, 'The invite sequence must be a whole number, 0 or more'],
    [{ end: new Date('2026-03-29T08:30:00Z') }, 'The appointment must end after it starts'],
    [{ start: new Date('soon') }, 'The appointment start must be a valid date'],
    [{ timezone: 'London' }, /Unknown timezone "London"/],
    [{ summary: '  ' }, 'The invite needs a summary'],
    [{ address: '' }, "The invite needs the location's address"],
    [{ organizer: { email: 'agent at example' } }, /The organizer's email address is not valid/],
    [{ attendee: { email: '' } }, /The attendee's email address is not valid/],
  ])('refuses %p', (change, message) => {
    expect(() => appointmentInvite({ ...base, ...change } as AppointmentInvite)).toThrow(message);
  });

  it('uses the address as the organizer name when there is none', () => {
    expect(property(appointmentInvite({ ...base, organizer: { email: 'agent@lettings.example' } }), 'ORGANIZER')).toEqual([
      'ORGANIZER;CN="agent@lettings.example":mailto:agent@lettings.example',
    ]);
  });
});
