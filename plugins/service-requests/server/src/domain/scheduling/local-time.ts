import { IANAZone } from 'luxon';

/**
 * Wall-clock time in a location's timezone, the one conversion every scheduling rule shares.
 *
 * A local time does not always name exactly one instant:
 * - In the hour skipped by spring-forward (02:30 on 2026-03-08 in New York) it names none. It moves
 *   forward by the length of the gap, as clocks do: 02:30 becomes 03:30 EDT.
 * - In the hour repeated by fall-back (01:30 on 2026-11-01 in New York) it names two. The FIRST is
 *   meant (01:30 EDT, not 01:30 EST an hour later), so a reminder or visit comes early, never late.
 *
 * Luxon resolves skipped times the same way but picks the repeated hour's occurrence differently in
 * different zones (the second in New York, the first in Sydney), so the rule is written out here
 * over the zone's UTC offsets instead of being left to it.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export type LocalDateTime = LocalDate & ClockTime;

export interface ResolvedLocalTime {
  /** The instant meant: the first one when the local time occurs twice. */
  at: Date;
  /** The second instant when the local time occurs twice (the repeated hour of fall-back), else null. */
  repeatedAt: Date | null;
  /** Minutes the local time was moved forward because it fell in a skipped hour (0 when it exists). */
  shiftedMinutes: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses 'HH:mm' (00:00–23:59), throwing a clear Error naming the setting on anything else. */
export const parseClockTime = (value: unknown, label = 'time'): ClockTime => {
  const match = typeof value === 'string' ? CLOCK_TIME.exec(value) : null;
  if (!match) {
    throw new Error(`${label} must be a 24-hour time written HH:mm, from 00:00 to 23:59; got ${JSON.stringify(value)}`);
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
};

export const minutesOfDay = (time: ClockTime): number => time.hour * 60 + time.minute;

/** The zone for an IANA name, throwing a clear Error for an unknown one. */
export const zoneOf = (timezone: unknown): IANAZone => {
  if (typeof timezone !== 'string' || !IANAZone.isValidZone(timezone)) {
    throw new Error(`Unknown timezone ${JSON.stringify(timezone)}: expected an IANA name such as Europe/London`);
  }
  return IANAZone.create(timezone);
};

export const assertValidDate = (value: unknown, label: string): Date => {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new Error(`${label} must be a valid date`);
  return value;
};

/** Parses 'YYYY-MM-DDTHH:mm' as a local date-time (no zone, no seconds), checking the calendar date. */
export const parseLocalDateTime = (value: unknown, label = 'local date-time'): LocalDateTime => {
  const match = typeof value === 'string' ? LOCAL_DATE_TIME.exec(value) : null;
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: Number(match[4]), minute: Number(match[5]) };
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) {
    throw new Error(`${label} must be a local date and time written YYYY-MM-DDTHH:mm; got ${JSON.stringify(value)}`);
  }
  return parts;
};

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export const formatLocalDateTime = (local: LocalDateTime): string =>
  `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`;

/** The local wall-clock reading as a "floating" Date: its UTC fields are the local fields. */
export const floatingOf = (local: LocalDateTime): Date => new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));

export const localOfFloating = (floating: Date): LocalDateTime => ({
  year: floating.getUTCFullYear(),
  month: floating.getUTCMonth() + 1,
  day: floating.getUTCDate(),
  hour: floating.getUTCHours(),
  minute: floating.getUTCMinutes(),
});

/** What a clock in the zone shows at the instant (seconds dropped). */
export const wallClock = (at: Date, zone: IANAZone): LocalDateTime =>
  localOfFloating(new Date(at.getTime() + zone.offset(at.getTime()) * MINUTE));

/** The calendar date `days` after (or before, when negative) a local date. */
export const addDays = (date: LocalDate, days: number): LocalDate => {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
};

/** The instant a local date-time names in the zone, by the rules in the module comment. */
export const resolveLocalTime = (local: LocalDateTime, zone: IANAZone): ResolvedLocalTime => {
  const naive = floatingOf(local).getTime();
  // Offsets in force around that wall-clock reading; a reading is real under an offset when the
  // instant it gives has that offset.
  const offsets = new Set([zone.offset(naive - DAY), zone.offset(naive), zone.offset(naive + DAY)]);
  const instants = [...offsets]
    .map((offset) => naive - offset * MINUTE)
    .filter((instant) => naive - instant === zone.offset(instant) * MINUTE)
    .sort((a, b) => a - b);
  if (instants.length > 0) {
    return { at: new Date(instants[0]), repeatedAt: instants.length > 1 ? new Date(instants[instants.length - 1]) : null, shiftedMinutes: 0 };
  }
  // Skipped: read the time under the offset in force before the gap; the clock then shows it later by the gap.
  const instant = naive - zone.offset(naive - DAY) * MINUTE;
  return { at: new Date(instant), repeatedAt: null, shiftedMinutes: (instant + zone.offset(instant) * MINUTE - naive) / MINUTE };
};

export interface OffsetChange {
  /** The first instant of the new offset. */
  at: Date;
  /** Offsets in minutes east of UTC. */
  offsetBefore: number;
  offsetAfter: number;
}

/**
 * Every change of the zone's UTC offset after `from` and before `to`. Scans a day at a time (no zone
 * changes its offset twice within a day) and finds each change to the minute by bisection.
 */
export const offsetChanges = (zone: IANAZone, from: Date, to: Date): OffsetChange[] => {
  const changes: OffsetChange[] = [];
  let low = Math.floor(from.getTime() / MINUTE) * MINUTE;
  const end = to.getTime();
  while (low < end) {
    const high = Math.min(low + DAY, end);
    const before = zone.offset(low);
    if (zone.offset(high) !== before) {
      let lo = low;
      let hi = high;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
        if (zone.offset(mid) === before) lo = mid;
        else hi = mid;
      }
      if (hi < end) changes.push({ at: new Date(hi), offsetBefore: before, offsetAfter: zone.offset(hi) });
      low = hi;
    } else {
      low = high;
    }
  }
  return changes;
};
