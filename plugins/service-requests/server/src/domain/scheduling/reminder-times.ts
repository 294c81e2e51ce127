import { DateTime } from 'luxon';
import { addDays, assertValidDate, parseClockTime, resolveLocalTime, wallClock, zoneOf, type ClockTime, type LocalDate } from './local-time';

/**
 * When the appointment reminders of a scheduled work order are due. Both parties are reminded twice,
 * at times the customer sets, read on the clocks of the location (not of the server or the reader):
 *
 * - email at `emailDayBeforeAt` (default 18:00) on the local calendar day before the appointment's
 *   local date;
 * - SMS at `smsMorningOfAt` (default 07:30) on the appointment's local date, but always at least an
 *   hour before the start: an SMS that would come later than one hour before the start (a 07:00 or
 *   08:00 appointment with the SMS at 07:30) goes exactly one hour before the start instead (06:00,
 *   07:00), because a reminder after or just before the visitor arrives is no use. For an appointment
 *   just after midnight that is late on the evening before.
 *
 * A reminder whose time has already passed when the appointment is scheduled (booked at 20:00 for
 * 09:00 the next morning: the 18:00 email) is skipped, not sent late; the result says which and why.
 * The booking confirmation is sent at once anyway.
 *
 * Daylight saving (see local-time.ts): a reminder time inside the hour skipped by spring-forward
 * moves forward by that hour (02:30 → 03:30), as clocks do; a time that occurs twice at fall-back
 * means the FIRST occurrence. Quiet hours do not move these times: the customer chose them.
 */

export interface ReminderSettings {
  /** 'HH:mm', local time on the day before the appointment. */
  emailDayBeforeAt: string;
  /** 'HH:mm', local time on the day of the appointment. */
  smsMorningOfAt: string;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { emailDayBeforeAt: '18:00', smsMorningOfAt: '07:30' };

/** The SMS always goes at least this long before the appointment starts. */
export const SMS_MINIMUM_LEAD_MINUTES = 60;

export type ReminderKind = 'email-day-before' | 'sms-morning-of';
export type ReminderChannel = 'email' | 'sms';

export interface Appointment {
  start: Date;
  end: Date;
}

export interface DueReminder {
  kind: ReminderKind;
  channel: ReminderChannel;
  at: Date;
  /** Why `at` is not simply the set local time: it fell in a skipped hour, or the appointment is early. */
  adjustment: 'none' | 'skipped-hour' | 'early-appointment';
}

export interface SkippedReminder {
  kind: ReminderKind;
  channel: ReminderChannel;
  wouldHaveBeenAt: Date;
  reason: 'time-passed';
  /** For people: what was skipped and why, in the location's time. */
  message: string;
}

export interface ReminderPlan {
  due: DueReminder[];
  skipped: SkippedReminder[];
}

const MINUTE = 60_000;

const settingsOf = (settings: Partial<ReminderSettings> | null | undefined) => ({
  email: parseClockTime(settings?.emailDayBeforeAt ?? DEFAULT_REMINDER_SETTINGS.emailDayBeforeAt, 'The day-before email time'),
  sms: parseClockTime(settings?.smsMorningOfAt ?? DEFAULT_REMINDER_SETTINGS.smsMorningOfAt, 'The morning-of SMS time'),
});

export const reminderTimes = (args: {
  appointment: Appointment;
  timezone: string;
  settings?: Partial<ReminderSettings> | null;
  /** When the appointment is being scheduled. */
  now: Date;
}): ReminderPlan => {
  const start = assertValidDate(args.appointment?.start, 'The appointment start');
  const end = assertValidDate(args.appointment?.end, 'The appointment end');
  if (end.getTime() <= start.getTime()) throw new Error('The appointment must end after it starts');
  const now = assertValidDate(args.now, 'The scheduling time');
  const zone = zoneOf(args.timezone);
  const times = settingsOf(args.settings);

  const appointmentDay: LocalDate = wallClock(start, zone);
  const at = (day: LocalDate, time: ClockTime) => resolveLocalTime({ year: day.year, month: day.month, day: day.day, ...time }, zone);

  const email = at(addDays(appointmentDay, -1), times.email);
  const planned: DueReminder[] = [
    { kind: 'email-day-before', channel: 'email', at: email.at, adjustment: email.shiftedMinutes > 0 ? 'skipped-hour' : 'none' },
  ];

  const sms = at(appointmentDay, times.sms);
  const latestSms = new Date(start.getTime() - SMS_MINIMUM_LEAD_MINUTES * MINUTE);
  planned.push(
    sms.at.getTime() > latestSms.getTime()
      ? { kind: 'sms-morning-of', channel: 'sms', at: latestSms, adjustment: 'early-appointment' }
      : { kind: 'sms-morning-of', channel: 'sms', at: sms.at, adjustment: sms.shiftedMinutes > 0 ? 'skipped-hour' : 'none' },
  );

  const plan: ReminderPlan = { due: [], skipped: [] };
  for (const reminder of planned) {
    if (reminder.at.getTime() >= now.getTime()) {
      plan.due.push(reminder);
    } else {
      plan.skipped.push({
        kind: reminder.kind,
        channel: reminder.channel,
        wouldHaveBeenAt: reminder.at,
        reason: 'time-passed',
        message: `The ${reminder.kind === 'email-day-before' ? 'day-before email' : 'morning-of SMS'} was due at ${describeLocal(reminder.at, args.timezone)}, which had already passed when the appointment was scheduled`,
      });
    }
  }
  return plan;
};

const describeLocal = (at: Date, timezone: string) =>
  `${DateTime.fromJSDate(at, { zone: timezone }).setLocale('en-GB').toFormat("HH:mm 'on' ccc d LLL")} (${timezone})`;
