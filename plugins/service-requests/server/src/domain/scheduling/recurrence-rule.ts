import { daysInMonth, type LocalDateTime } from './local-time';

/**
 * Reads the RRULE of a maintenance schedule strictly, so that nonsense is refused when the schedule
 * is saved rather than producing odd dates later. The `rrule` package accepts almost anything
 * (FREQ=FOO, BYHOUR=25 and BYDAY=XX parse without complaint) and, given a rule that can never
 * match (30 February), scans day by day to the year 9999 before giving up: seconds of CPU for one
 * call. So the rule is parsed here against RFC 5545's grammar, limited to what a maintenance
 * schedule needs, and checked to produce at least one date before it is expanded.
 *
 * Accepted: one or more `RRULE` lines (the `RRULE:` prefix optional) without DTSTART, which comes
 * from the schedule's local start. FREQ is DAILY, WEEKLY, MONTHLY or YEARLY (SECONDLY, MINUTELY and
 * HOURLY are not maintenance schedules); INTERVAL, COUNT or UNTIL, BYMONTH, BYMONTHDAY, BYDAY,
 * BYHOUR, BYMINUTE, BYSETPOS and WKST, with RFC 5545's limits on which go with which frequency.
 * Times are to the minute (BYSECOND only as 0); BYYEARDAY and BYWEEKNO are not supported.
 * A date-only UNTIL includes that whole local day; a local UNTIL is a time in the location's zone;
 * a UTC UNTIL (ending in Z) is an instant.
 */

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface WeekdayRule {
  weekday: WeekdayCode;
  /** 2 = the second in the month (or year), -1 = the last; null = every one. */
  nth: number | null;
}

export type Until = { kind: 'local'; local: LocalDateTime & { second: number } } | { kind: 'utc'; at: Date };

export interface RecurrenceRule {
  freq: Frequency;
  interval: number;
  count: number | null;
  until: Until | null;
  byMonth: number[];
  byMonthDay: number[];
  byDay: WeekdayRule[];
  byHour: number[];
  byMinute: number[];
  bySetPos: number[];
  wkst: WeekdayCode | null;
}

export const WEEKDAYS: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const MAX_INTERVAL: Record<Frequency, number> = { DAILY: 366, WEEKLY: 52, MONTHLY: 60, YEARLY: 10 };
export const MAX_COUNT = 10_000;
/** Visits a day a schedule may produce (BYHOUR × BYMINUTE). */
export const MAX_TIMES_PER_DAY = 24;

const FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const TOO_FREQUENT = ['SECONDLY', 'MINUTELY', 'HOURLY'];
const KNOWN = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND', 'BYSETPOS', 'WKST'];
const UNSUPPORTED = ['BYYEARDAY', 'BYWEEKNO', 'BYEASTER'];

class RuleError extends Error {
  constructor(message: string) {
    super(`Recurrence rule: ${message}`);
    this.name = 'RecurrenceRuleError';
  }
}

const integers = (key: string, value: string, min: number, max: number, allowNegative: boolean): number[] =>
  value.split(',').map((item) => {
    if (!/^[+-]?\d{1,4}$/.test(item)) throw new RuleError(`${key} must be a comma-separated list of whole numbers; got "${value}"`);
    const number = Number(item);
    const size = Math.abs(number);
    if (size < min || size > max || number === 0 || (number < 0 && !allowNegative)) {
      throw new RuleError(`${key} value ${item} is out of range (${allowNegative ? `${min} to ${max} or -${max} to -${min}` : `${min} to ${max}`})`);
    }
    return number;
  });

const clockIntegers = (key: string, value: string, max: number): number[] =>
  value.split(',').map((item) => {
    if (!/^\d{1,2}$/.test(item) || Number(item) > max) throw new RuleError(`${key} values must be 0 to ${max}; got "${value}"`);
    return Number(item);
  });

const parseUntil = (value: string): Until => {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  const [year, month, day, hour, minute, second] = (match?.slice(1, 7) ?? []).map((part) => (part === undefined ? undefined : Number(part)));
  if (!match || month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!) || (hour !== undefined && (hour > 23 || minute! > 59 || second! > 59))) {
    throw new RuleError(`UNTIL must be a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, optionally ending in Z); got "${value}"`);
  }
  if (hour === undefined) return { kind: 'local', local: { year: year!, month: month!, day: day!, hour: 23, minute: 59, second: 59 } };
  if (match[7] === 'Z') return { kind: 'utc', at: new Date(Date.UTC(year!, month! - 1, day!, hour, minute, second)) };
  return { kind: 'local', local: { year: year!, month: month!, day: day!, hour, minute: minute!, second: second! } };
};

const parseByDay = (value: string, freq: Frequency, hasByMonth: boolean): WeekdayRule[] =>
  value.split(',').map((item) => {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!match) throw new RuleError(`BYDAY must list weekdays as MO, TU, WE, TH, FR, SA, SU, optionally numbered (2MO, -1FR); got "${item}"`);
    if (match[1] === undefined) return { weekday: match[2] as WeekdayCode, nth: null };
    const nth = Number(match[1]);
    if (freq === 'DAILY' || freq === 'WEEKLY') throw new RuleError(`numbered weekdays such as "${item}" need FREQ=MONTHLY or FREQ=YEARLY`);
    const max = freq === 'MONTHLY' || hasByMonth ? 5 : 53;
    if (nth === 0 || Math.abs(nth) > max) throw new RuleError(`"${item}": the number before a weekday must be 1 to ${max} or -1 to -${max}`);
    return { weekday: match[2] as WeekdayCode, nth };
  });

const parseLine = (line: string): RecurrenceRule => {
  const fields = new Map<string, string>();
  for (const part of line.split(';')) {
    if (part === '') continue;
    const match = /^([A-Z]+)=([^=]+)$/.exec(part);
    if (!match) throw new RuleError(`"${part}" is not a NAME=VALUE part`);
    const [, key, value] = match;
    if (key === 'DTSTART') throw new RuleError('DTSTART is not part of the rule; the schedule\'s start date and time give it');
    if (UNSUPPORTED.includes(key)) throw new RuleError(`${key} is not supported for maintenance schedules`);
    if (!KNOWN.includes(key)) throw new RuleError(`unknown part ${key}`);
    if (fields.has(key)) throw new RuleError(`${key} is given twice`);
    fields.set(key, value);
  }

  const freqText = fields.get('FREQ');
  if (!freqText) throw new RuleError('FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)');
  if (TOO_FREQUENT.includes(freqText)) throw new RuleError(`FREQ=${freqText} repeats within a day, which is not a maintenance schedule; use DAILY, WEEKLY, MONTHLY or YEARLY`);
  if (!FREQUENCIES.includes(freqText)) throw new RuleError(`FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY; got "${freqText}"`);
  const freq = freqText as Frequency;

  const [interval] = fields.has('INTERVAL') ? integers('INTERVAL', fields.get('INTERVAL')!, 1, MAX_INTERVAL[freq], false) : [1];
  if (fields.has('INTERVAL') && fields.get('INTERVAL')!.includes(',')) throw new RuleError('INTERVAL takes one number');
  if (fields.has('COUNT') && fields.has('UNTIL')) throw new RuleError('COUNT and UNTIL cannot both be given');
  if (fields.has('COUNT') && fields.get('COUNT')!.includes(',')) throw new RuleError('COUNT takes one number');
  const count = fields.has('COUNT') ? integers('COUNT', fields.get('COUNT')!, 1, MAX_COUNT, false)[0] : null;
  const until = fields.has('UNTIL') ? parseUntil(fields.get('UNTIL')!) : null;

  const byMonth = fields.has('BYMONTH') ? integers('BYMONTH', fields.get('BYMONTH')!, 1, 12, false) : [];
  const byMonthDay = fields.has('BYMONTHDAY') ? integers('BYMONTHDAY', fields.get('BYMONTHDAY')!, 1, 31, true) : [];
  const byDay = fields.has('BYDAY') ? parseByDay(fields.get('BYDAY')!, freq, byMonth.length > 0) : [];
  const byHour = fields.has('BYHOUR') ? clockIntegers('BYHOUR', fields.get('BYHOUR')!, 23) : [];
  const byMinute = fields.has('BYMINUTE') ? clockIntegers('BYMINUTE', fields.get('BYMINUTE')!, 59) : [];
  if (fields.has('BYSECOND') && fields.get('BYSECOND') !== '0') throw new RuleError('times are to the minute: BYSECOND can only be 0');
  const bySetPos = fields.has('BYSETPOS') ? integers('BYSETPOS', fields.get('BYSETPOS')!, 1, 366, true) : [];
  const wkstText = fields.get('WKST');
  if (wkstText !== undefined && !WEEKDAYS.includes(wkstText as WeekdayCode)) throw new RuleError(`WKST must be one of ${WEEKDAYS.join(', ')}; got "${wkstText}"`);

  if (freq === 'WEEKLY' && byMonthDay.length > 0) throw new RuleError('BYMONTHDAY cannot be used with FREQ=WEEKLY');
  if (freq === 'DAILY' && byMonthDay.length > 0 && interval > 1) throw new RuleError('BYMONTHDAY with a daily INTERVAL above 1 is better written as a monthly rule');
  if (bySetPos.length > 0 && freq !== 'MONTHLY' && freq !== 'YEARLY') throw new RuleError('BYSETPOS needs FREQ=MONTHLY or FREQ=YEARLY');
  if (bySetPos.length > 0 && byDay.length === 0 && byMonthDay.length === 0) throw new RuleError('BYSETPOS picks among the days that BYDAY or BYMONTHDAY give; give one of them');
  // Every month has 28 days and 4 weeks: a daily or weekly rule with a longer step could skip the chosen months for ever.
  if (freq === 'DAILY' && byMonth.length > 0 && interval > 28) throw new RuleError('a daily rule limited to some months can repeat at most every 28 days; use a monthly rule');
  if (freq === 'WEEKLY' && byMonth.length > 0 && interval > 4) throw new RuleError('a weekly rule limited to some months can repeat at most every 4 weeks; use a monthly rule');

  return { freq, interval, count, until, byMonth, byMonthDay, byDay, byHour, byMinute, bySetPos, wkst: (wkstText as WeekdayCode | undefined) ?? null };
};

/** ISO weekday index, Monday 0 … Sunday 6, of a calendar date. */
const weekdayOf = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

/** The days of one month that a monthly or yearly rule's day filters keep (before BYSETPOS). */
const daysKept = (rule: RecurrenceRule, start: LocalDateTime, year: number, month: number): number[] => {
  const monthDays = rule.byMonthDay.length === 0 && rule.byDay.length === 0 ? [start.day] : rule.byMonthDay;
  const length = daysInMonth(year, month);
  const firstWeekday = weekdayOf(year, month, 1);
  const daysBeforeMonth = Math.round((Date.UTC(year, month - 1, 1) - Date.UTC(year, 0, 1)) / 86_400_000);
  const daysInYear = daysInMonth(year, 2) === 29 ? 366 : 365;
  const countsInMonth = rule.freq === 'MONTHLY' || rule.byMonth.length > 0;
  const kept: number[] = [];
  for (let day = 1; day <= length; day += 1) {
    if (monthDays.length > 0 && !monthDays.some((wanted) => wanted === day || length + 1 + wanted === day)) continue;
    const weekday = (firstWeekday + day - 1) % 7;
    const dayOfYear = daysBeforeMonth + day;
    const matches = rule.byDay.length === 0 || rule.byDay.some(({ weekday: code, nth }) => {
      if (WEEKDAYS.indexOf(code) !== weekday) return false;
      if (nth === null) return true;
      if (countsInMonth) return nth > 0 ? Math.ceil(day / 7) === nth : Math.ceil((length - day + 1) / 7) === -nth;
      return nth > 0 ? Math.ceil(dayOfYear / 7) === nth : Math.ceil((daysInYear - dayOfYear + 1) / 7) === -nth;
    });
    if (matches) kept.push(day);
  }
  return kept;
};

const timesPerDay = (rule: RecurrenceRule) => Math.max(rule.byHour.length, 1) * Math.max(rule.byMinute.length, 1);

const setPosFits = (rule: RecurrenceRule, daysInPeriod: number) =>
  rule.bySetPos.length === 0 || rule.bySetPos.some((position) => Math.abs(position) <= daysInPeriod * timesPerDay(rule));

/**
 * Whether the rule ever produces a date, looked for over one full 400-year Gregorian cycle (after
 * which weekdays and leap years repeat), so expansion never scans for a date that does not exist.
 */
const producesADate = (rule: RecurrenceRule, start: LocalDateTime): boolean => {
  const months = rule.byMonth.length > 0 ? rule.byMonth : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (rule.freq === 'DAILY' || rule.freq === 'WEEKLY') {
    const startWeekday = WEEKDAYS[weekdayOf(start.year, start.month, start.day)];
    // A daily step of whole weeks always lands on the start's weekday.
    if (rule.freq === 'DAILY' && rule.interval % 7 === 0 && rule.byDay.length > 0 && !rule.byDay.some((day) => day.weekday === startWeekday)) return false;
    // Every weekday falls on every date of a month in some year; only month lengths can rule a date out.
    return rule.byMonthDay.length === 0 || months.some((month) => rule.byMonthDay.some((day) => Math.abs(day) <= daysInMonth(2000, month)));
  }
  if (rule.freq === 'MONTHLY') {
    for (let step = 0; step < 4800; step += 1) {
      const index = start.year * 12 + (start.month - 1) + step * rule.interval;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(month)) continue;
      const kept = daysKept(rule, start, year, month).length;
      if (kept > 0 && setPosFits(rule, kept)) return true;
    }
    return false;
  }
  const yearlyMonths = rule.byMonth.length > 0 ? rule.byMonth : rule.byMonthDay.length === 0 && rule.byDay.length === 0 ? [start.month] : months;
  for (let step = 0; step < 400; step += 1) {
    const year = start.year + step * rule.interval;
    const kept = yearlyMonths.reduce((total, month) => total + daysKept(rule, start, year, month).length, 0);
    if (kept > 0 && setPosFits(rule, kept)) return true;
  }
  return false;
};

/** Parses and checks a schedule's RRULE line(s); throws an Error saying what is wrong. */
export const parseRecurrenceRule = (text: unknown, start: LocalDateTime): RecurrenceRule[] => {
  if (typeof text !== 'string' || text.trim() === '') throw new RuleError('a rule such as FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0 is required');
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim().toUpperCase())
    .filter((line) => line !== '');
  if (lines.length > 10) throw new RuleError('at most 10 RRULE lines');
  return lines.map((line) => {
    const property = /^([A-Z-]+)[:;]/.exec(line);
    if (property && property[1] !== 'RRULE') {
      throw new RuleError(property[1] === 'DTSTART' ? 'DTSTART is not part of the rule; the schedule\'s start date and time give it' : `only RRULE lines are supported, not ${property[1]}`);
    }
    const rule = parseLine(property ? line.slice(line.indexOf(':') + 1) : line);
    if (timesPerDay(rule) > MAX_TIMES_PER_DAY) throw new RuleError(`at most ${MAX_TIMES_PER_DAY} visits a day (BYHOUR × BYMINUTE)`);
    if (rule.until?.kind === 'local') {
      const { local } = rule.until;
      const untilKey = [local.year, local.month, local.day, local.hour, local.minute].map((n) => String(n).padStart(4, '0')).join('');
      const startKey = [start.year, start.month, start.day, start.hour, start.minute].map((n) => String(n).padStart(4, '0')).join('');
      if (untilKey < startKey) throw new RuleError('UNTIL is before the schedule starts');
    }
    if (!producesADate(rule, start)) throw new RuleError(`"${line}" never produces a date: no month or year has the days it asks for (such as the 30th of February)`);
    return rule;
  });
};
