import { addDays, assertValidDate, minutesOfDay, offsetChanges, parseClockTime, resolveLocalTime, wallClock, zoneOf } from './local-time';

/**
 * Quiet hours: local wall-clock times at which people are not texted or called about routine matters
 * (default 21:00 to 08:00 in the location's timezone). The window may cross midnight; `from` is
 * inside it and `to` is not. It is judged by what the location's clocks show, so on a fall-back
 * night the repeated hour is quiet (or not) twice.
 *
 * `endOfQuietHours` gives the first instant a message may go: `at` itself outside quiet hours,
 * otherwise the next time the clocks show `to`. When `to` falls in the hour skipped by
 * spring-forward, the clocks jump past it and quiet hours end at that jump (the first non-quiet
 * instant), not an hour after it. On a fall-back day, `to` within the repeated hour ends quiet hours
 * at its first occurrence, or at the second when `at` is already past the first.
 *
 * Reminder times that a customer chose themselves (see reminder-times.ts) are not moved by quiet
 * hours: the customer asked for them. Callers apply quiet hours to messages nobody scheduled.
 */

export interface QuietHours {
  /** 'HH:mm': quiet from this local time (inclusive). */
  from: string;
  /** 'HH:mm': until this local time (exclusive). */
  to: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { from: '21:00', to: '08:00' };

const DAY = 86_400_000;

const parseQuietHours = (quiet: QuietHours) => {
  const from = minutesOfDay(parseClockTime(quiet?.from, 'Quiet hours "from"'));
  const to = minutesOfDay(parseClockTime(quiet?.to, 'Quiet hours "to"'));
  if (from === to) throw new Error('Quiet hours must start and end at different times');
  return { from, to };
};

const isQuietMinute = (minute: number, window: { from: number; to: number }) =>
  window.from < window.to ? minute >= window.from && minute < window.to : minute >= window.from || minute < window.to;

export const isQuietHour = (at: Date, timezone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean => {
  const window = parseQuietHours(quiet);
  const zone = zoneOf(timezone);
  return isQuietMinute(minutesOfDay(wallClock(assertValidDate(at, 'The time'), zone)), window);
};

/** The next time a message may be sent: `at` when it is not in quiet hours. */
export const endOfQuietHours = (at: Date, timezone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date => {
  const window = parseQuietHours(quiet);
  const zone = zoneOf(timezone);
  const local = wallClock(assertValidDate(at, 'The time'), zone);
  const minute = minutesOfDay(local);
  if (!isQuietMinute(minute, window)) return at;

  // Quiet before `to` on this local day, or (after `from`, window crossing midnight) until `to` tomorrow.
  const day = minute < window.to ? local : addDays(local, 1);
  const to = parseClockTime(quiet.to);
  const end = resolveLocalTime({ year: day.year, month: day.month, day: day.day, ...to }, zone);
  if (end.shiftedMinutes > 0) {
    // `to` was skipped: quiet hours end when the clocks jump over it.
    const jumps = offsetChanges(zone, new Date(end.at.getTime() - DAY), new Date(end.at.getTime() + 1));
    return jumps[jumps.length - 1].at;
  }
  if (end.at.getTime() > at.getTime()) return end.at;
  // `at` is in the second pass of a repeated hour, after the first `to` had gone by.
  return end.repeatedAt ?? end.at;
};
