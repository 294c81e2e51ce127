import { DateTime } from 'luxon';
import type { TimeSpan } from './vendor-types';

/**
 * Times as people at a location read and type them: in the location's own time zone, whatever
 * the zone of the server or of the phone in their hand. The API only ever sees UTC instants.
 */

const inZone = (iso: string, zone: string | undefined) => DateTime.fromISO(iso, { zone: zone || 'UTC' }).setLocale('en-GB');

/** "Tue 24 Nov, 09:00–12:00 GMT", or with both days when it runs past midnight. */
export const formatSpan = (span: TimeSpan, zone: string | undefined) => {
  const start = inZone(span.start, zone);
  const end = inZone(span.end, zone);
  const day = (value: DateTime) => value.toFormat('ccc d LLL');
  const zoneName = end.toFormat('ZZZZ');
  return start.hasSame(end, 'day')
    ? `${day(start)}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')} ${zoneName}`
    : `${day(start)}, ${start.toFormat('HH:mm')} – ${day(end)}, ${end.toFormat('HH:mm')} ${zoneName}`;
};

/** The date and time fields of a form, filled with `iso` as it reads at the location. */
export const localFields = (iso: string, zone: string | undefined) => {
  const local = inZone(iso, zone);
  return { date: local.toFormat('yyyy-LL-dd'), time: local.toFormat('HH:mm') };
};

/** How the location's clock is named now, e.g. "GMT", "BST", "GMT-5". */
export const zoneName = (zone: string | undefined, at = new Date()) => DateTime.fromJSDate(at, { zone: zone || 'UTC' }).setLocale('en-GB').toFormat('ZZZZ');

// What people type when a browser shows plain text boxes instead of date and time pickers.
const DATE_FORMATS = ['yyyy-MM-dd', 'd/M/yyyy', 'd.M.yyyy', 'd-M-yyyy'];
const TIME_FORMATS = ['H:mm', 'H.mm', 'Hmm', 'H'];

const parseWith = (value: string, formats: string[], zone: string) =>
  formats.map((format) => DateTime.fromFormat(value.trim(), format, { zone })).find((parsed) => parsed.isValid) ?? null;

/** A date (YYYY-MM-DD from a date picker, or 24/11/2026) at the location, or null. */
export const parseLocalDate = (value: string, zone: string) => parseWith(value, DATE_FORMATS, zone);

/** A time of day (09:30 from a time picker, or 9.30), as hours and minutes, or null. */
export const parseLocalTime = (value: string, zone: string) => {
  const parsed = parseWith(value, TIME_FORMATS, zone);
  return parsed ? { hour: parsed.hour, minute: parsed.minute } : null;
};

/** The UTC instant (ISO 8601) of a wall-clock time on a date at the location. */
export const instantAt = (date: DateTime, time: { hour: number; minute: number }, zone: string) =>
  DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute }, { zone }).toUTC().toISO({ suppressMilliseconds: true })!;
