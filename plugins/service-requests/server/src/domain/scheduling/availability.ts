import { DateTime } from 'luxon';
import { zoneOf } from './local-time';

/**
 * When a tenant reporting a problem can let someone in: a few windows of time (UTC instants), from
 * which the vendor later picks an appointment slot.
 *
 * Each window must be a real span of at least an hour and end within the next 14 days; at most 10
 * may be given. A window already under way counts from now (the part gone by is dropped, and what
 * is left must still be an hour); one that has ended is refused. Overlapping or touching windows are
 * merged into one (09:00–11:00 and 10:00–12:00 become 09:00–12:00), so the result has no overlaps
 * and is in time order. An empty list is valid: whether availability is required is the caller's
 * rule. Errors name the window by its position in the input and say what to change, for people.
 *
 * A proposed slot fits when it lies entirely inside one (merged) window.
 */

export interface TimeWindow {
  start: Date;
  end: Date;
}

export interface AvailabilityError {
  /** Position of the window in the input; null for a problem with the list as a whole. */
  index: number | null;
  message: string;
}

export type AvailabilityResult = { ok: true; windows: TimeWindow[] } | { ok: false; errors: AvailabilityError[] };

export const MINIMUM_WINDOW_MINUTES = 60;
export const MAXIMUM_DAYS_AHEAD = 14;
export const MAXIMUM_WINDOWS = 10;

const MINUTE = 60_000;
const DAY = 86_400_000;

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/** Sorted, with overlapping or touching windows joined. */
export const mergeWindows = (windows: TimeWindow[]): TimeWindow[] => {
  const sorted = [...windows].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: TimeWindow[] = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && window.start.getTime() <= last.end.getTime()) {
      if (window.end.getTime() > last.end.getTime()) last.end = window.end;
    } else {
      merged.push({ start: window.start, end: window.end });
    }
  }
  return merged;
};

const checkWindow = (window: unknown, now: number): { window: TimeWindow } | { message: string } => {
  const candidate = window as Partial<TimeWindow> | null;
  if (!candidate || !isDate(candidate.start) || !isDate(candidate.end)) return { message: 'Give both a start and an end time.' };
  const start = candidate.start.getTime();
  const end = candidate.end.getTime();
  if (end <= start) return { message: 'The end must be after the start.' };
  if (end <= now) return { message: 'This time has already passed.' };
  if (end > now + MAXIMUM_DAYS_AHEAD * DAY) return { message: `Choose a time within the next ${MAXIMUM_DAYS_AHEAD} days.` };
  const usableStart = Math.max(start, now);
  if (end - usableStart < MINIMUM_WINDOW_MINUTES * MINUTE) {
    return { message: start < now ? 'Less than an hour of this time is left; choose a later one.' : 'Each time must be at least an hour long.' };
  }
  return { window: { start: new Date(usableStart), end: candidate.end } };
};

export const validateAvailability = (windows: unknown, now: Date): AvailabilityResult => {
  if (!isDate(now)) throw new Error('now must be a valid date');
  if (!Array.isArray(windows)) return { ok: false, errors: [{ index: null, message: 'Availability must be a list of times.' }] };
  if (windows.length > MAXIMUM_WINDOWS) {
    return { ok: false, errors: [{ index: null, message: `Give at most ${MAXIMUM_WINDOWS} times; you gave ${windows.length}.` }] };
  }
  const errors: AvailabilityError[] = [];
  const valid: TimeWindow[] = [];
  windows.forEach((window, index) => {
    const checked = checkWindow(window, now.getTime());
    if ('message' in checked) errors.push({ index, message: checked.message });
    else valid.push(checked.window);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, windows: mergeWindows(valid) };
};

/** Whether the slot lies entirely inside one of the windows (after merging touching ones). */
export const slotFits = (slot: TimeWindow, windows: TimeWindow[]): boolean => {
  if (!isDate(slot?.start) || !isDate(slot?.end) || slot.end.getTime() <= slot.start.getTime()) return false;
  return mergeWindows(windows.filter((window) => isDate(window?.start) && isDate(window?.end))).some(
    (window) => window.start.getTime() <= slot.start.getTime() && slot.end.getTime() <= window.end.getTime(),
  );
};

/**
 * A window as a person at the location reads it (en-GB): 'Tue 24 Nov, 09:00–12:00', or with both
 * days when it runs past midnight: 'Tue 24 Nov, 22:00 – Wed 25 Nov, 02:00'.
 */
export const describeWindow = (window: TimeWindow, timezone: string): string => {
  zoneOf(timezone);
  if (!isDate(window?.start) || !isDate(window?.end)) throw new Error('A window needs a valid start and end');
  const start = DateTime.fromJSDate(window.start, { zone: timezone }).setLocale('en-GB');
  const end = DateTime.fromJSDate(window.end, { zone: timezone }).setLocale('en-GB');
  const day = (value: DateTime) => value.toFormat('ccc d LLL');
  return start.hasSame(end, 'day')
    ? `${day(start)}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`
    : `${day(start)}, ${start.toFormat('HH:mm')} – ${day(end)}, ${end.toFormat('HH:mm')}`;
};
