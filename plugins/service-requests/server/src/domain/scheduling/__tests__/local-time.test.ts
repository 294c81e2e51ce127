import {
  addDays,
  offsetChanges,
  parseClockTime,
  parseLocalDateTime,
  resolveLocalTime,
  wallClock,
  zoneOf,
  type LocalDateTime,
} from '../local-time';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const SYDNEY = 'Australia/Sydney';

const local = (text: string): LocalDateTime => parseLocalDateTime(text);
const resolve = (text: string, timezone: string) => resolveLocalTime(local(text), zoneOf(timezone));
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('reading a local wall-clock time in a location timezone', () => {
  it('gives the one instant of an ordinary local time', () => {
    // 12:00 BST (UTC+1) in London on 1 July.
    const resolved = resolve('2026-07-01T12:00', 'Europe/London');
    expect(iso(resolved.at)).toBe('2026-07-01T11:00:00.000Z');
    expect(resolved.repeatedAt).toBeNull();
    expect(resolved.shiftedMinutes).toBe(0);
  });

  it.each([
    // zone, skipped local time, instant (= local time read under the offset before the gap)
    [NEW_YORK, '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'], // 02:30 EST (UTC-5) shows as 03:30 EDT
    [BERLIN, '2026-03-29T02:30', '2026-03-29T01:30:00.000Z'], // 02:30 CET (UTC+1) shows as 03:30 CEST
    [SYDNEY, '2026-10-04T02:30', '2026-10-03T16:30:00.000Z'], // 02:30 AEST (UTC+10) shows as 03:30 AEDT
  ])('in %s, a time in the hour skipped by spring-forward (%s) moves forward by that hour', (timezone, text, expected) => {
    const resolved = resolve(text, timezone);
    expect(iso(resolved.at)).toBe(expected);
    expect(resolved.shiftedMinutes).toBe(60);
    expect(wallClock(resolved.at, zoneOf(timezone))).toEqual({ ...local(text), hour: 3 });
  });

  it('moves a skipped time forward by the length of the gap when the gap is half an hour (Lord Howe Island)', () => {
    // 2026-10-04 02:00 LHST (UTC+10:30) → 02:30 LHDT (UTC+11); 02:15 read at +10:30 is 15:45Z, shown as 02:45.
    const resolved = resolve('2026-10-04T02:15', 'Australia/Lord_Howe');
    expect(iso(resolved.at)).toBe('2026-10-03T15:45:00.000Z');
    expect(resolved.shiftedMinutes).toBe(30);
  });

  it.each([
    // zone, repeated local time, first instant (summer offset), second instant (winter offset)
    [NEW_YORK, '2026-11-01T01:30', '2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z'], // EDT -4, then EST -5
    [BERLIN, '2026-10-25T02:30', '2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'], // CEST +2, then CET +1
    [SYDNEY, '2026-04-05T02:30', '2026-04-04T15:30:00.000Z', '2026-04-04T16:30:00.000Z'], // AEDT +11, then AEST +10
  ])('in %s, a time that occurs twice at fall-back (%s) means the first occurrence', (timezone, text, first, second) => {
    const resolved = resolve(text, timezone);
    expect(iso(resolved.at)).toBe(first);
    expect(iso(resolved.repeatedAt)).toBe(second);
    expect(resolved.shiftedMinutes).toBe(0);
  });

  it('reads the time just before and just after a change unambiguously', () => {
    expect(iso(resolve('2026-03-08T01:59', NEW_YORK).at)).toBe('2026-03-08T06:59:00.000Z');
    expect(iso(resolve('2026-03-08T03:00', NEW_YORK).at)).toBe('2026-03-08T07:00:00.000Z');
    expect(resolve('2026-11-01T02:00', NEW_YORK).repeatedAt).toBeNull();
  });
});

describe('offset changes of a zone', () => {
  it('finds both New York changes of 2026 to the minute', () => {
    const changes = offsetChanges(zoneOf(NEW_YORK), new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(changes.map((change) => [change.at.toISOString(), change.offsetBefore, change.offsetAfter])).toEqual([
      ['2026-03-08T07:00:00.000Z', -300, -240], // 02:00 EST
      ['2026-11-01T06:00:00.000Z', -240, -300], // 02:00 EDT
    ]);
  });

  it('finds the southern-hemisphere changes of Sydney in the other order', () => {
    const changes = offsetChanges(zoneOf(SYDNEY), new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(changes.map((change) => [change.at.toISOString(), change.offsetBefore, change.offsetAfter])).toEqual([
      ['2026-04-04T16:00:00.000Z', 660, 600], // 03:00 AEDT on 5 April
      ['2026-10-03T16:00:00.000Z', 600, 660], // 02:00 AEST on 4 October
    ]);
  });

  it('finds none in a zone without daylight saving', () => {
    expect(offsetChanges(zoneOf('Asia/Tokyo'), new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });
});

describe('parsing times and dates', () => {
  it('reads HH:mm from 00:00 to 23:59', () => {
    expect(parseClockTime('00:00')).toEqual({ hour: 0, minute: 0 });
    expect(parseClockTime('07:30')).toEqual({ hour: 7, minute: 30 });
    expect(parseClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
  });

  it.each(['24:00', '7:30', '07:60', '07:30:00', '0730', '', ' 07:30', null, 730])('refuses %p with a message naming the setting', (value) => {
    expect(() => parseClockTime(value, 'The SMS time')).toThrow(/^The SMS time must be a 24-hour time written HH:mm/);
  });

  it('refuses a local date-time that is not on the calendar', () => {
    expect(() => parseLocalDateTime('2026-02-29T09:00', 'startsOn')).toThrow(/startsOn must be a local date and time written YYYY-MM-DDTHH:mm/);
    expect(() => parseLocalDateTime('2026-03-08 09:00')).toThrow(/YYYY-MM-DDTHH:mm/);
    expect(() => parseLocalDateTime('2026-03-08T09:00Z')).toThrow(/YYYY-MM-DDTHH:mm/);
    expect(parseLocalDateTime('2028-02-29T09:00')).toEqual({ year: 2028, month: 2, day: 29, hour: 9, minute: 0 });
  });

  it('refuses an unknown timezone', () => {
    expect(() => zoneOf('Europe/Atlantis')).toThrow('Unknown timezone "Europe/Atlantis": expected an IANA name such as Europe/London');
    expect(() => zoneOf(undefined)).toThrow(/Unknown timezone/);
  });

  it('steps calendar days across month, leap-day and year ends', () => {
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
  });
});
