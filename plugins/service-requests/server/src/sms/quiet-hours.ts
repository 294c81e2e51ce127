import { DateTime } from 'luxon';
import { endOfQuietHours as quietEnd, isQuietHour, type QuietHours } from '../domain/scheduling/quiet-hours';

export type { QuietHours };


/**
 * Reads the SMS_QUIET_HOURS setting, "21:00-08:00". An empty setting switches quiet hours off
 * (null). A window that starts and ends at the same minute is refused: it could mean "never" or
 * "always", and either is a mistake. The local-time rules themselves live in
 * domain/scheduling/quiet-hours.ts, shared with appointment reminders.
 */
export const parseQuietHours = (setting: string): QuietHours | null => {
  const trimmed = setting.trim();
  if (trimmed === '') return null;
  const [from, to] = trimmed.split('-');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(from ?? '') || !/^([01]\d|2[0-3]):[0-5]\d$/.test(to ?? '') || trimmed.split('-').length !== 2) {
    throw new Error(`Quiet hours "${setting}" should look like 21:00-08:00 (24-hour local times), or be empty`);
  }
  if (from === to) throw new Error(`Quiet hours "${setting}" start and end at the same time`);
  return { from, to };
};

export const isKnownTimeZone = (zone: string): boolean => DateTime.now().setZone(zone).isValid;

/** When the quiet hours that `at` falls in end, in `timeZone`; null when `at` is outside them. */
export const endOfQuietHours = ({ at, timeZone, window }: { at: Date; timeZone: string; window: QuietHours }): Date | null => {
  if (!isKnownTimeZone(timeZone)) throw new Error(`Unknown time zone "${timeZone}"`);
  return isQuietHour(at, timeZone, window) ? quietEnd(at, timeZone, window) : null;
};
