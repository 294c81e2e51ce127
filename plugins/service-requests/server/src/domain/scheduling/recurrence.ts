import { RRule, Weekday, type Options } from 'rrule';
import {
  assertValidDate,
  floatingOf,
  formatLocalDateTime,
  localOfFloating,
  parseLocalDateTime,
  resolveLocalTime,
  wallClock,
  zoneOf,
  type LocalDateTime,
} from './local-time';
import { parseRecurrenceRule, WEEKDAYS, type Frequency, type RecurrenceRule } from './recurrence-rule';

/**
 * The dates of a maintenance schedule: an RRULE that repeats at local wall-clock times in the
 * location's timezone (every Monday at 09:00 means 09:00 on the location's clocks, winter and summer).
 *
 * The `rrule` package's own TZID support goes wrong across DST changes, so the rule is expanded on
 * "floating" local times (no zone at all: a Monday at 09:00 is just that) and each local occurrence
 * is then turned into an instant in the IANA zone by local-time.ts. That gives exactly one
 * occurrence per local occurrence:
 * - a local time in the hour skipped by spring-forward happens an hour later on the clock
 *   (a daily 02:30 is at 03:30 EDT on 2026-03-08 in New York), once;
 * - a local time in the hour repeated by fall-back happens once, at its first occurrence
 *   (a daily 01:30 is at 01:30 EDT on 2026-11-01 in New York, not again at 01:30 EST);
 * - if a moved time lands on another occurrence of the same schedule (02:30 moved onto 03:30),
 *   the two are one visit, keyed by the time that really exists.
 *
 * `key` is the local start as written by the rule ('2026-03-08T02:30' even when it happened at
 * 03:30): stable for as long as the rule is, whatever the timezone database says, so a job that
 * scopes it by schedule can create exactly one work order per occurrence. `from` is inclusive and
 * `to` exclusive, so consecutive windows never yield an occurrence twice. A call yields at most
 * `limit` occurrences and throws rather than silently dropping some.
 */

export interface Occurrence {
  /** The local start as the rule gives it, 'YYYY-MM-DDTHH:mm'. */
  localStart: string;
  /** The instant it happens. */
  at: Date;
  /** Idempotency key, stable per local occurrence. */
  key: string;
}

export const DEFAULT_OCCURRENCE_LIMIT = 1000;
export const MAX_OCCURRENCE_LIMIT = 5000;

const DAY = 86_400_000;
const FREQ: Record<Frequency, number> = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY };

const weekday = (code: string, nth: number | null = null) => {
  const day = new Weekday(WEEKDAYS.indexOf(code as (typeof WEEKDAYS)[number]));
  return nth === null ? day : day.nth(nth);
};

/** rrule options over floating times: dtstart and until carry local wall-clock readings in their UTC fields. */
const optionsOf = (rule: RecurrenceRule, start: LocalDateTime): Partial<Options> => ({
  freq: FREQ[rule.freq],
  dtstart: floatingOf(start),
  interval: rule.interval,
  count: rule.count,
  until:
    rule.until?.kind === 'local'
      ? new Date(floatingOf(rule.until.local).getTime() + rule.until.local.second * 1000)
      : null,
  bymonth: rule.byMonth.length > 0 ? rule.byMonth : null,
  bymonthday: rule.byMonthDay.length > 0 ? rule.byMonthDay : null,
  byweekday: rule.byDay.length > 0 ? rule.byDay.map((day) => weekday(day.weekday, day.nth)) : null,
  byhour: rule.byHour.length > 0 ? rule.byHour : null,
  byminute: rule.byMinute.length > 0 ? rule.byMinute : null,
  bysecond: [0],
  bysetpos: rule.bySetPos.length > 0 ? rule.bySetPos : null,
  wkst: rule.wkst ? weekday(rule.wkst) : null,
  tzid: null,
});

/** Checks a schedule's rule and start without expanding it: throws an Error saying what is wrong. */
export const validateSchedule = (args: { rrule: string; startsOn: string; timezone: string }): void => {
  zoneOf(args.timezone);
  parseRecurrenceRule(args.rrule, parseLocalDateTime(args.startsOn, 'startsOn'));
};

export const occurrencesBetween = (args: {
  rrule: string;
  /** The schedule's first local date-time, 'YYYY-MM-DDTHH:mm' in the zone. */
  startsOn: string;
  timezone: string;
  from: Date;
  to: Date;
  limit?: number;
}): Occurrence[] => {
  const zone = zoneOf(args.timezone);
  const start = parseLocalDateTime(args.startsOn, 'startsOn');
  const rules = parseRecurrenceRule(args.rrule, start);
  const from = assertValidDate(args.from, 'from').getTime();
  const to = assertValidDate(args.to, 'to').getTime();
  if (to < from) throw new Error('from must not be after to');
  const limit = args.limit ?? DEFAULT_OCCURRENCE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OCCURRENCE_LIMIT) throw new Error(`limit must be a whole number from 1 to ${MAX_OCCURRENCE_LIMIT}`);

  // Local readings a day either side of the window cover every UTC offset; the instants decide.
  const floatingFrom = new Date(floatingOf(wallClock(new Date(from), zone)).getTime() - DAY);
  const floatingTo = new Date(floatingOf(wallClock(new Date(to), zone)).getTime() + DAY);

  const byLocalStart = new Map<string, Occurrence & { shifted: boolean }>();
  for (const rule of rules) {
    const untilUtc = rule.until?.kind === 'utc' ? rule.until.at.getTime() : Infinity;
    new RRule(optionsOf(rule, start)).between(floatingFrom, floatingTo, true, (floating) => {
      const local = localOfFloating(floating);
      const resolved = resolveLocalTime(local, zone);
      const at = resolved.at.getTime();
      if (at < from || at >= to || at > untilUtc) return true;
      const localStart = formatLocalDateTime(local);
      byLocalStart.set(localStart, { localStart, at: resolved.at, key: localStart, shifted: resolved.shiftedMinutes > 0 });
      if (byLocalStart.size > limit) {
        throw new Error(`The schedule has more than ${limit} occurrences in the period asked for; ask for a shorter period`);
      }
      return true;
    });
  }

  // One visit per instant: a time moved out of a skipped hour gives way to one that exists.
  const byInstant = new Map<number, Occurrence & { shifted: boolean }>();
  for (const occurrence of byLocalStart.values()) {
    const existing = byInstant.get(occurrence.at.getTime());
    if (!existing || (existing.shifted && !occurrence.shifted)) byInstant.set(occurrence.at.getTime(), occurrence);
  }
  return [...byInstant.values()]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map(({ localStart, at, key }) => ({ localStart, at, key }));
};
