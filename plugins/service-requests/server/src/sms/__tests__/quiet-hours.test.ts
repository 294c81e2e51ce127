import { DateTime } from 'luxon';
import { endOfQuietHours, parseQuietHours } from '../quiet-hours';

const NIGHT = parseQuietHours('21:00-08:00')!;
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const inZone = (date: Date | null, zone: string) => (date ? DateTime.fromJSDate(date, { zone }).toISO() : null);

describe('reading the quiet hours setting', () => {
  it('reads a window that wraps past midnight', () => {
    expect(parseQuietHours('21:00-08:00')).toEqual({ from: '21:00', to: '08:00' });
  });

  it('switches quiet hours off when the setting is empty', () => {
    expect(parseQuietHours('')).toBeNull();
  });

  it.each(['9pm-8am', '21:00', '24:00-08:00', '21:00-08:60', '21:00 - 08:00x'])('refuses "%s" with a message that shows the expected form', (setting) => {
    expect(() => parseQuietHours(setting)).toThrow(/21:00-08:00/);
  });

  it('refuses a window that starts and ends at the same time', () => {
    expect(() => parseQuietHours('08:00-08:00')).toThrow(/same time/);
  });
});

describe('when a text held for quiet hours may go out', () => {
  it('holds a text at 22:30 local time until 08:00 the next morning', () => {
    const at = local('2025-03-12T22:30', 'Europe/London');
    expect(inZone(endOfQuietHours({ at, timeZone: 'Europe/London', window: NIGHT }), 'Europe/London')).toBe('2025-03-13T08:00:00.000+00:00');
  });

  it('holds a text at 05:10 local time until 08:00 the same morning', () => {
    const at = local('2025-03-12T05:10', 'Australia/Sydney');
    expect(inZone(endOfQuietHours({ at, timeZone: 'Australia/Sydney', window: NIGHT }), 'Australia/Sydney')).toBe('2025-03-12T08:00:00.000+11:00');
  });

  it('lets a text go at 08:00 and until 20:59', () => {
    expect(endOfQuietHours({ at: local('2025-03-12T08:00', 'UTC'), timeZone: 'UTC', window: NIGHT })).toBeNull();
    expect(endOfQuietHours({ at: local('2025-03-12T20:59', 'UTC'), timeZone: 'UTC', window: NIGHT })).toBeNull();
  });

  it('holds a text from 21:00 exactly', () => {
    expect(endOfQuietHours({ at: local('2025-03-12T21:00', 'UTC'), timeZone: 'UTC', window: NIGHT })).not.toBeNull();
  });

  it('judges the hour in the recipient\'s time zone, not the server\'s', () => {
    // 12:00 UTC is 21:00 in Tokyo: quiet there, not in London.
    const at = new Date('2025-06-01T12:00:00Z');
    expect(endOfQuietHours({ at, timeZone: 'Europe/London', window: NIGHT })).toBeNull();
    expect(inZone(endOfQuietHours({ at, timeZone: 'Asia/Tokyo', window: NIGHT }), 'Asia/Tokyo')).toBe('2025-06-02T08:00:00.000+09:00');
  });

  it('still ends at 08:00 local time on the night the clocks go forward', () => {
    // London, 30 March 2025: 01:00 GMT became 02:00 BST, so that night has 10 hours, not 11.
    const at = local('2025-03-29T23:00', 'Europe/London');
    const end = endOfQuietHours({ at, timeZone: 'Europe/London', window: NIGHT })!;
    expect(inZone(end, 'Europe/London')).toBe('2025-03-30T08:00:00.000+01:00');
    expect(end.getTime() - at.getTime()).toBe(8 * 3600_000);
  });

  it('still ends at 08:00 local time on the night the clocks go back', () => {
    // New York, 2 November 2025: 02:00 EDT became 01:00 EST, so that night has an extra hour.
    const at = local('2025-11-01T23:00', 'America/New_York');
    const end = endOfQuietHours({ at, timeZone: 'America/New_York', window: NIGHT })!;
    expect(inZone(end, 'America/New_York')).toBe('2025-11-02T08:00:00.000-05:00');
    expect(end.getTime() - at.getTime()).toBe(10 * 3600_000);
  });

  it('ends a window whose end time the clocks skip at the jump', () => {
    const window = parseQuietHours('23:00-02:30')!;
    const at = local('2025-03-30T00:30', 'Europe/Berlin');
    // 02:00-03:00 does not exist in Berlin that night: the clocks jump from 02:00 CET to 03:00 CEST,
    // already past 02:30, so the quiet hours end at the jump.
    expect(inZone(endOfQuietHours({ at, timeZone: 'Europe/Berlin', window }), 'Europe/Berlin')).toBe('2025-03-30T03:00:00.000+02:00');
  });

  it('handles a window that does not wrap past midnight', () => {
    const window = parseQuietHours('12:00-14:00')!;
    expect(inZone(endOfQuietHours({ at: local('2025-05-05T13:15', 'UTC'), timeZone: 'UTC', window }), 'UTC')).toBe('2025-05-05T14:00:00.000Z');
    expect(endOfQuietHours({ at: local('2025-05-05T14:00', 'UTC'), timeZone: 'UTC', window })).toBeNull();
    expect(endOfQuietHours({ at: local('2025-05-05T11:59', 'UTC'), timeZone: 'UTC', window })).toBeNull();
  });

  it('refuses an unknown time zone rather than guessing one', () => {
    expect(() => endOfQuietHours({ at: new Date(), timeZone: 'Mars/Olympus_Mons', window: NIGHT })).toThrow(/Unknown time zone/);
  });
});
