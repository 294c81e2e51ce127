import { reminderTimes, type ReminderPlan } from '../reminder-times';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const SYDNEY = 'Australia/Sydney';

const at = (text: string) => new Date(text);
const hours = (start: string, length: number) => ({ start: at(start), end: new Date(at(start).getTime() + length * 3_600_000) });
const dueAt = (plan: ReminderPlan) => Object.fromEntries(plan.due.map((reminder) => [reminder.kind, reminder.at.toISOString()]));
const adjustments = (plan: ReminderPlan) => Object.fromEntries(plan.due.map((reminder) => [reminder.kind, reminder.adjustment]));
const LONG_BEFORE = at('2026-01-01T00:00:00Z');

describe('appointment reminders in the location timezone', () => {
  it('emails at 18:00 the local day before and texts at 07:30 the local morning of, by default', () => {
    // Tuesday 24 November 2026, 09:00–12:00 GMT (UTC+0) in London.
    const plan = reminderTimes({ appointment: hours('2026-11-24T09:00:00Z', 3), timezone: LONDON, now: at('2026-11-20T10:00:00Z') });
    expect(plan.due).toEqual([
      { kind: 'email-day-before', channel: 'email', at: at('2026-11-23T18:00:00Z'), adjustment: 'none' },
      { kind: 'sms-morning-of', channel: 'sms', at: at('2026-11-24T07:30:00Z'), adjustment: 'none' },
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it("uses the customer's own reminder times", () => {
    // 15 July 2026 10:00 EDT (UTC-4) in New York.
    const plan = reminderTimes({
      appointment: hours('2026-07-15T14:00:00Z', 2),
      timezone: NEW_YORK,
      settings: { emailDayBeforeAt: '19:15', smsMorningOfAt: '06:45' },
      now: LONG_BEFORE,
    });
    expect(dueAt(plan)).toEqual({ 'email-day-before': '2026-07-14T23:15:00.000Z', 'sms-morning-of': '2026-07-15T10:45:00.000Z' });
  });

  it('fills a missing setting with its default', () => {
    const plan = reminderTimes({ appointment: hours('2026-11-24T09:00:00Z', 1), timezone: LONDON, settings: { smsMorningOfAt: '06:00' }, now: LONG_BEFORE });
    expect(dueAt(plan)).toEqual({ 'email-day-before': '2026-11-23T18:00:00.000Z', 'sms-morning-of': '2026-11-24T06:00:00.000Z' });
    const withNull = reminderTimes({ appointment: hours('2026-11-24T09:00:00Z', 1), timezone: LONDON, settings: null, now: LONG_BEFORE });
    expect(dueAt(withNull)).toEqual({ 'email-day-before': '2026-11-23T18:00:00.000Z', 'sms-morning-of': '2026-11-24T07:30:00.000Z' });
  });

  it('takes the day before from the local date, not the UTC date', () => {
    // 15 July 21:00 EDT is already 16 July in UTC; the email still goes on 14 July at 18:00 EDT.
    const plan = reminderTimes({ appointment: hours('2026-07-16T01:00:00Z', 1), timezone: NEW_YORK, now: LONG_BEFORE });
    expect(dueAt(plan)).toEqual({ 'email-day-before': '2026-07-14T22:00:00.000Z', 'sms-morning-of': '2026-07-15T11:30:00.000Z' });
  });

  it('reads the reminder time with the offset of its own day when the day before is a DST day', () => {
    // Monday 9 March 09:00 EDT; Sunday 8 March 18:00 is already EDT (UTC-4): 22:00Z, not 23:00Z.
    const plan = reminderTimes({ appointment: hours('2026-03-09T13:00:00Z', 1), timezone: NEW_YORK, now: LONG_BEFORE });
    expect(dueAt(plan)['email-day-before']).toBe('2026-03-08T22:00:00.000Z');
  });
});

describe('an appointment too early for the morning SMS', () => {
  it('texts one hour before a 07:00 appointment instead of after it has started', () => {
    const plan = reminderTimes({ appointment: hours('2026-11-24T07:00:00Z', 2), timezone: LONDON, now: LONG_BEFORE });
    expect(plan.due[1]).toEqual({ kind: 'sms-morning-of', channel: 'sms', at: at('2026-11-24T06:00:00Z'), adjustment: 'early-appointment' });
  });

  it('texts one hour before an 08:00 appointment, since 07:30 would leave only half an hour', () => {
    const plan = reminderTimes({ appointment: hours('2026-11-24T08:00:00Z', 2), timezone: LONDON, now: LONG_BEFORE });
    expect(dueAt(plan)['sms-morning-of']).toBe('2026-11-24T07:00:00.000Z');
    expect(adjustments(plan)['sms-morning-of']).toBe('early-appointment');
  });

  it('keeps 07:30 for an 08:30 appointment: exactly an hour is enough', () => {
    const plan = reminderTimes({ appointment: hours('2026-11-24T08:30:00Z', 2), timezone: LONDON, now: LONG_BEFORE });
    expect(dueAt(plan)['sms-morning-of']).toBe('2026-11-24T07:30:00.000Z');
    expect(adjustments(plan)['sms-morning-of']).toBe('none');
  });

  it('texts late the evening before an appointment just after local midnight', () => {
    // Tuesday 9 June 00:30 AEST (UTC+10) in Sydney is Monday 14:30 UTC.
    const plan = reminderTimes({ appointment: hours('2026-06-08T14:30:00Z', 2), timezone: SYDNEY, now: LONG_BEFORE });
    expect(dueAt(plan)).toEqual({
      'email-day-before': '2026-06-08T08:00:00.000Z', // Monday 8 June 18:00 AEST
      'sms-morning-of': '2026-06-08T13:30:00.000Z', // Monday 23:30 AEST, an hour before
    });
  });
});

describe('reminders whose time has passed when the appointment is scheduled', () => {
  it('skips the day-before email when booked after it was due, and says so', () => {
    // Booked Monday 23 November at 20:00 GMT for Tuesday 09:00.
    const plan = reminderTimes({ appointment: hours('2026-11-24T09:00:00Z', 1), timezone: LONDON, now: at('2026-11-23T20:00:00Z') });
    expect(dueAt(plan)).toEqual({ 'sms-morning-of': '2026-11-24T07:30:00.000Z' });
    expect(plan.skipped).toEqual([
      {
        kind: 'email-day-before',
        channel: 'email',
        wouldHaveBeenAt: at('2026-11-23T18:00:00Z'),
        reason: 'time-passed',
        message: 'The day-before email was due at 18:00 on Mon 23 Nov (Europe/London), which had already passed when the appointment was scheduled',
      },
    ]);
  });

  it('skips both when the appointment is booked on the morning itself after 07:30', () => {
    const plan = reminderTimes({ appointment: hours('2026-11-24T14:00:00Z', 1), timezone: LONDON, now: at('2026-11-24T08:00:00Z') });
    expect(plan.due).toEqual([]);
    expect(plan.skipped.map((reminder) => [reminder.kind, reminder.wouldHaveBeenAt.toISOString()])).toEqual([
      ['email-day-before', '2026-11-23T18:00:00.000Z'],
      ['sms-morning-of', '2026-11-24T07:30:00.000Z'],
    ]);
  });

  it('keeps a reminder due at the very moment of scheduling', () => {
    const plan = reminderTimes({ appointment: hours('2026-11-24T09:00:00Z', 1), timezone: LONDON, now: at('2026-11-23T18:00:00Z') });
    expect(dueAt(plan)['email-day-before']).toBe('2026-11-23T18:00:00.000Z');
    expect(plan.skipped).toEqual([]);
  });
});

describe('reminder times across daylight-saving changes', () => {
  it('moves an SMS time in the hour skipped by spring-forward on by that hour (New York)', () => {
    // Sunday 8 March 2026, appointment 09:00 EDT; SMS set to 02:30, which does not exist: 03:30 EDT.
    const plan = reminderTimes({ appointment: hours('2026-03-08T13:00:00Z', 1), timezone: NEW_YORK, settings: { smsMorningOfAt: '02:30' }, now: LONG_BEFORE });
    expect(dueAt(plan)['sms-morning-of']).toBe('2026-03-08T07:30:00.000Z');
    expect(adjustments(plan)['sms-morning-of']).toBe('skipped-hour');
  });

  it('moves a day-before email time in the skipped hour on by that hour (Berlin)', () => {
    // Appointment Monday 30 March 10:00 CEST; email on Sunday 29 March at 02:30 → 03:30 CEST = 01:30Z.
    const plan = reminderTimes({ appointment: hours('2026-03-30T08:00:00Z', 1), timezone: BERLIN, settings: { emailDayBeforeAt: '02:30' }, now: LONG_BEFORE });
    expect(dueAt(plan)['email-day-before']).toBe('2026-03-29T01:30:00.000Z');
    expect(adjustments(plan)['email-day-before']).toBe('skipped-hour');
  });

  it.each([
    // zone, appointment start (UTC), first occurrence of the repeated SMS time
    [NEW_YORK, '2026-11-01T14:00:00Z', '01:30', '2026-11-01T05:30:00.000Z'], // 09:00 EST; 01:30 EDT (UTC-4)
    [BERLIN, '2026-10-25T09:00:00Z', '02:30', '2026-10-25T00:30:00.000Z'], // 10:00 CET; 02:30 CEST (UTC+2)
    [SYDNEY, '2026-04-04T23:00:00Z', '02:30', '2026-04-04T15:30:00.000Z'], // 09:00 AEST; 02:30 AEDT (UTC+11)
  ])('in %s sends an SMS set in the repeated fall-back hour at its first occurrence', (timezone, start, smsTime, expected) => {
    const plan = reminderTimes({ appointment: hours(start, 1), timezone, settings: { smsMorningOfAt: smsTime }, now: LONG_BEFORE });
    expect(dueAt(plan)['sms-morning-of']).toBe(expected);
    expect(adjustments(plan)['sms-morning-of']).toBe('none');
  });
});

describe('reminder input that is refused', () => {
  const appointment = hours('2026-11-24T09:00:00Z', 1);

  it('refuses a reminder time that is not HH:mm, naming the setting', () => {
    expect(() => reminderTimes({ appointment, timezone: LONDON, settings: { emailDayBeforeAt: '6pm' }, now: LONG_BEFORE })).toThrow(
      'The day-before email time must be a 24-hour time written HH:mm, from 00:00 to 23:59; got "6pm"',
    );
    expect(() => reminderTimes({ appointment, timezone: LONDON, settings: { smsMorningOfAt: '7:30' }, now: LONG_BEFORE })).toThrow(/^The morning-of SMS time must be/);
  });

  it('refuses an appointment that does not end after it starts', () => {
    expect(() => reminderTimes({ appointment: { start: appointment.start, end: appointment.start }, timezone: LONDON, now: LONG_BEFORE })).toThrow(
      'The appointment must end after it starts',
    );
  });

  it('refuses an invalid date and an unknown timezone', () => {
    expect(() => reminderTimes({ appointment: { start: new Date('nonsense'), end: appointment.end }, timezone: LONDON, now: LONG_BEFORE })).toThrow(
      'The appointment start must be a valid date',
    );
    expect(() => reminderTimes({ appointment, timezone: 'GMT+25', now: LONG_BEFORE })).toThrow(/Unknown timezone "GMT\+25"/);
  });
});
