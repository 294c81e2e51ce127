import { DEFAULT_QUIET_HOURS, endOfQuietHours, isQuietHour } from '../quiet-hours';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const SYDNEY = 'Australia/Sydney';
const at = (text: string) => new Date(text);

describe('quiet hours by the location clocks (default 21:00 to 08:00)', () => {
  it('defaults to 21:00–08:00', () => {
    expect(DEFAULT_QUIET_HOURS).toEqual({ from: '21:00', to: '08:00' });
  });

  it.each([
    ['2026-11-24T20:59:00Z', false], // 20:59 GMT
    ['2026-11-24T21:00:00Z', true], // from is inside
    ['2026-11-25T00:00:00Z', true], // across midnight
    ['2026-11-25T07:59:00Z', true],
    ['2026-11-25T08:00:00Z', false], // to is outside
    ['2026-11-25T12:00:00Z', false],
  ])('in winter London, %s is quiet: %s', (time, quiet) => {
    expect(isQuietHour(at(time), LONDON)).toBe(quiet);
  });

  it('reads summer time: 20:00 UTC is 21:00 BST and quiet, 07:00 UTC is 08:00 BST and not', () => {
    expect(isQuietHour(at('2026-07-01T19:59:00Z'), LONDON)).toBe(false);
    expect(isQuietHour(at('2026-07-01T20:00:00Z'), LONDON)).toBe(true);
    expect(isQuietHour(at('2026-07-01T06:59:00Z'), LONDON)).toBe(true);
    expect(isQuietHour(at('2026-07-01T07:00:00Z'), LONDON)).toBe(false);
  });

  it('handles a window that does not cross midnight', () => {
    const lunch = { from: '12:00', to: '14:00' };
    expect(isQuietHour(at('2026-11-24T11:59:00Z'), LONDON, lunch)).toBe(false);
    expect(isQuietHour(at('2026-11-24T12:00:00Z'), LONDON, lunch)).toBe(true);
    expect(isQuietHour(at('2026-11-24T14:00:00Z'), LONDON, lunch)).toBe(false);
    expect(isQuietHour(at('2026-11-24T23:00:00Z'), LONDON, lunch)).toBe(false);
  });

  it('judges the repeated fall-back hour by the clock each time it comes round', () => {
    const earlyNight = { from: '00:00', to: '01:30' };
    expect(isQuietHour(at('2026-11-01T05:15:00Z'), NEW_YORK, earlyNight)).toBe(true); // 01:15 EDT
    expect(isQuietHour(at('2026-11-01T05:45:00Z'), NEW_YORK, earlyNight)).toBe(false); // 01:45 EDT
    expect(isQuietHour(at('2026-11-01T06:15:00Z'), NEW_YORK, earlyNight)).toBe(true); // 01:15 EST, again
  });
});

describe('the next time a message may be sent', () => {
  it('is now outside quiet hours', () => {
    const noon = at('2026-11-24T12:00:00Z');
    expect(endOfQuietHours(noon, LONDON).getTime()).toBe(noon.getTime());
  });

  it('is 08:00 the next local morning late in the evening', () => {
    expect(endOfQuietHours(at('2026-11-24T22:00:00Z'), LONDON).toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('is 08:00 the same local morning after midnight', () => {
    expect(endOfQuietHours(at('2026-11-25T03:00:00Z'), LONDON).toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('is 08:00 local on a night the clocks go forward (9 real hours after 22:00)', () => {
    // Saturday 7 March 22:00 EST (03:00Z) → Sunday 08:00 EDT (12:00Z).
    expect(endOfQuietHours(at('2026-03-08T03:00:00Z'), NEW_YORK).toISOString()).toBe('2026-03-08T12:00:00.000Z');
  });

  it('is 08:00 local on a night the clocks go back (11 real hours after 22:00)', () => {
    // Saturday 31 October 22:00 EDT (02:00Z) → Sunday 08:00 EST (13:00Z).
    expect(endOfQuietHours(at('2026-11-01T02:00:00Z'), NEW_YORK).toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });

  it('is the moment the clocks jump when quiet hours end inside the skipped hour', () => {
    // Quiet until 02:30, which New York skips on 8 March: at 02:00 EST (07:00Z) the clocks show 03:00 EDT.
    expect(endOfQuietHours(at('2026-03-08T05:00:00Z'), NEW_YORK, { from: '21:00', to: '02:30' }).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // Sydney skips 02:00–03:00 on 4 October: the jump is at 02:00 AEST (16:00Z on the 3rd).
    expect(endOfQuietHours(at('2026-10-03T13:00:00Z'), SYDNEY, { from: '22:00', to: '02:30' }).toISOString()).toBe('2026-10-03T16:00:00.000Z');
  });

  it('ends at the first pass of a repeated end time, or the second when the first has gone by', () => {
    const earlyNight = { from: '00:00', to: '01:30' };
    expect(endOfQuietHours(at('2026-11-01T05:15:00Z'), NEW_YORK, earlyNight).toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(endOfQuietHours(at('2026-11-01T06:15:00Z'), NEW_YORK, earlyNight).toISOString()).toBe('2026-11-01T06:30:00.000Z'); // 01:30 EST
  });

  it('ends a daytime window the same day', () => {
    expect(endOfQuietHours(at('2026-11-24T13:00:00Z'), LONDON, { from: '12:00', to: '14:00' }).toISOString()).toBe('2026-11-24T14:00:00.000Z');
  });
});

describe('quiet hours settings that are refused', () => {
  it('refuses a window that starts and ends at the same time', () => {
    expect(() => isQuietHour(at('2026-11-24T12:00:00Z'), LONDON, { from: '08:00', to: '08:00' })).toThrow('Quiet hours must start and end at different times');
  });

  it('refuses times that are not HH:mm and unknown timezones', () => {
    expect(() => isQuietHour(at('2026-11-24T12:00:00Z'), LONDON, { from: '9pm', to: '08:00' })).toThrow(/^Quiet hours "from" must be a 24-hour time written HH:mm/);
    expect(() => endOfQuietHours(at('2026-11-24T12:00:00Z'), LONDON, { from: '21:00', to: '8:00' })).toThrow(/^Quiet hours "to" must be a 24-hour time/);
    expect(() => isQuietHour(at('2026-11-24T12:00:00Z'), 'Mars/Olympus_Mons')).toThrow(/Unknown timezone/);
    expect(() => isQuietHour(new Date(Number.NaN), LONDON)).toThrow('The time must be a valid date');
  });
});
