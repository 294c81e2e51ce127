import { DateTime } from 'luxon';

/** A daily window in local wall-clock time, as minutes after midnight; it may wrap past midnight. */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

const WINDOW = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Reads "21:00-08:00". An empty setting switches quiet hours off (null). A window that starts and
 * ends at the same minute is refused: it could mean "never" or "always", and either is a mistake.
 */
export const parseQuietHours = (setting: string): QuietHours | null => {
  if (setting.trim() === '') return null;
  const match = WINDOW.exec(setting.trim());
  if (!match) throw new Error(`Quiet hours "${setting}" should look like 21:00-08:00 (24-hour local times), or be empty`);
  const [, startHour, startMinute, endHour, endMinute] = match.map(Number);
  const window = { startMinute: startHour * 60 + startMinute, endMinute: endHour * 60 + endMinute };
  if (window.startMinute === window.endMinute) throw new Error(`Quiet hours "${setting}" start and end at the same time`);
  return window;
};

export const isKnownTimeZone = (zone: string): boolean => DateTime.now().setZone(zone).isValid;

/**
 * When the quiet hours that `at` falls in end, in `timeZone`; null when `at` is outside them.
 * The arithmetic is on local calendar days, so a window crossing a daylight-saving change still
 * ends at the local time it names (08:00 stays 08:00, whether that night had 23 or 25 hours).
 * An end time the clocks skip (02:30 on a spring-forward night) resolves to just after the gap.
 */
export const endOfQuietHours = ({ at, timeZone, window }: { at: Date; timeZone: string; window: QuietHours }): Date | null => {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  if (!local.isValid) throw new Error(`Unknown time zone "${timeZone}"`);
  const minute = local.hour * 60 + local.minute;
  const wraps = window.startMinute > window.endMinute;
  const inside = wraps
    ? minute >= window.startMinute || minute < window.endMinute
    : minute >= window.startMinute && minute < window.endMinute;
  if (!inside) return null;
  // Inside a wrapping window before midnight, the quiet hours end on the next local day.
  const day = wraps && minute >= window.startMinute ? local.startOf('day').plus({ days: 1 }) : local.startOf('day');
  return day.set({ hour: Math.floor(window.endMinute / 60), minute: window.endMinute % 60 }).toJSDate();
};
