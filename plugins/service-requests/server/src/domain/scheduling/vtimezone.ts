import { DateTime } from 'luxon';
import { offsetChanges, zoneOf } from './local-time';

/**
 * The VTIMEZONE component that tells a calendar client what TZID=<IANA name> means, generated from
 * the same timezone data (the runtime's, through luxon) that every other time in the system is
 * computed with.
 *
 * Why not `@touch4it/ical-timezones`, which ical-generator suggests: every zone file in its latest
 * release is tzdata 2018g, so zones whose rules changed since (Mexico City still keeps summer time
 * there, dropped in 2022; Greenland and Paraguay changed offsets later) would be sent with wrong
 * offsets while reminders and the portal use the right ones. A generator over the runtime's tzdata
 * is as current as Node itself and needs no package.
 *
 * Instead of guessing yearly RRULEs, it lists each offset change explicitly (one STANDARD or
 * DAYLIGHT observance per change, as RFC 5545 allows) over a span around the appointment: from a
 * year before it to a year after, which covers the appointment and every change a client would
 * use to show it. The first observance states the offset in force at the start of the span.
 */

export interface Span {
  from: Date;
  to: Date;
}

const MINUTE = 60_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A UTC offset in minutes as RFC 5545 writes it: +0100, -0500, +0545. */
export const formatOffset = (minutes: number): string => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** The local reading of an instant under a given offset, as YYYYMMDDTHHMMSS. */
const localStamp = (instant: number, offsetMinutes: number) => {
  const local = new Date(instant + offsetMinutes * MINUTE);
  return `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`;
};

const observance = (args: { timezone: string; at: number; offsetFrom: number; offsetTo: number }) => {
  const kind = DateTime.fromMillis(args.at, { zone: args.timezone }).isInDST ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(args.at, args.offsetFrom)}`,
    `TZOFFSETFROM:${formatOffset(args.offsetFrom)}`,
    `TZOFFSETTO:${formatOffset(args.offsetTo)}`,
    `END:${kind}`,
  ];
};

export const vtimezone = (timezone: string, span: Span): string => {
  const zone = zoneOf(timezone);
  const from = Math.floor(span.from.getTime() / MINUTE) * MINUTE;
  const initial = zone.offset(from);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timezone}`, ...observance({ timezone, at: from, offsetFrom: initial, offsetTo: initial })];
  for (const change of offsetChanges(zone, new Date(from), span.to)) {
    lines.push(...observance({ timezone, at: change.at.getTime(), offsetFrom: change.offsetBefore, offsetTo: change.offsetAfter }));
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
};

/** The span of offsets an invite for this appointment carries: a year either side. */
export const spanAround = (start: Date, end: Date): Span => ({
  from: new Date(start.getTime() - 366 * 86_400_000),
  to: new Date(end.getTime() + 366 * 86_400_000),
});
