import { describeWindow, mergeWindows, slotFits, validateAvailability, type TimeWindow } from '../availability';

// Friday 20 November 2026, 10:00 UTC.
const NOW = new Date('2026-11-20T10:00:00Z');
const window = (start: string, end: string): TimeWindow => ({ start: new Date(start), end: new Date(end) });
const shown = (windows: TimeWindow[]) => windows.map((item) => `${item.start.toISOString()}/${item.end.toISOString()}`);

describe('availability windows given when reporting a problem', () => {
  it('accepts valid windows and returns them in time order', () => {
    const result = validateAvailability([window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), window('2026-11-23T13:00:00Z', '2026-11-23T15:00:00Z')], NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(shown(result.windows)).toEqual(['2026-11-23T13:00:00.000Z/2026-11-23T15:00:00.000Z', '2026-11-24T09:00:00.000Z/2026-11-24T12:00:00.000Z']);
  });

  it('accepts no windows at all: whether they are required is for the caller', () => {
    expect(validateAvailability([], NOW)).toEqual({ ok: true, windows: [] });
  });

  it.each([
    ['overlapping', [window('2026-11-24T09:00:00Z', '2026-11-24T11:00:00Z'), window('2026-11-24T10:00:00Z', '2026-11-24T12:00:00Z')], ['2026-11-24T09:00:00.000Z/2026-11-24T12:00:00.000Z']],
    ['touching', [window('2026-11-24T09:00:00Z', '2026-11-24T10:00:00Z'), window('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z')], ['2026-11-24T09:00:00.000Z/2026-11-24T11:00:00.000Z']],
    ['contained', [window('2026-11-24T09:00:00Z', '2026-11-24T17:00:00Z'), window('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z')], ['2026-11-24T09:00:00.000Z/2026-11-24T17:00:00.000Z']],
    [
      'chained, out of order, beside a separate one',
      [
        window('2026-11-25T09:00:00Z', '2026-11-25T10:00:00Z'),
        window('2026-11-24T12:00:00Z', '2026-11-24T14:00:00Z'),
        window('2026-11-24T09:00:00Z', '2026-11-24T11:00:00Z'),
        window('2026-11-24T10:30:00Z', '2026-11-24T12:30:00Z'),
      ],
      ['2026-11-24T09:00:00.000Z/2026-11-24T14:00:00.000Z', '2026-11-25T09:00:00.000Z/2026-11-25T10:00:00.000Z'],
    ],
  ])('merges %s windows into one', (_name, windows, expected) => {
    const result = validateAvailability(windows, NOW);
    expect(result.ok && shown(result.windows)).toEqual(expected);
  });

  it('does not change the windows it was given when merging', () => {
    const first = window('2026-11-24T09:00:00Z', '2026-11-24T11:00:00Z');
    mergeWindows([first, window('2026-11-24T10:00:00Z', '2026-11-24T12:00:00Z')]);
    expect(first.end.toISOString()).toBe('2026-11-24T11:00:00.000Z');
  });

  it('accepts a window of exactly one hour and one ending exactly 14 days ahead', () => {
    const result = validateAvailability([window('2026-11-24T09:00:00Z', '2026-11-24T10:00:00Z'), window('2026-12-04T08:00:00Z', '2026-12-04T10:00:00Z')], NOW);
    expect(result.ok).toBe(true);
  });

  it('counts a window already under way from now', () => {
    const result = validateAvailability([window('2026-11-20T08:00:00Z', '2026-11-20T12:00:00Z')], NOW);
    expect(result.ok && shown(result.windows)).toEqual(['2026-11-20T10:00:00.000Z/2026-11-20T12:00:00.000Z']);
  });
});

describe('availability that is refused, with messages for people', () => {
  it.each([
    ['ends before it starts', window('2026-11-24T12:00:00Z', '2026-11-24T09:00:00Z'), 'The end must be after the start.'],
    ['is empty', window('2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z'), 'The end must be after the start.'],
    ['is 59 minutes long', window('2026-11-24T09:00:00Z', '2026-11-24T09:59:00Z'), 'Each time must be at least an hour long.'],
    ['has already ended', window('2026-11-19T09:00:00Z', '2026-11-19T12:00:00Z'), 'This time has already passed.'],
    ['has less than an hour left', window('2026-11-20T08:00:00Z', '2026-11-20T10:30:00Z'), 'Less than an hour of this time is left; choose a later one.'],
    ['ends more than 14 days ahead', window('2026-12-04T09:00:00Z', '2026-12-04T10:01:00Z'), 'Choose a time within the next 14 days.'],
    ['has no end', { start: new Date('2026-11-24T09:00:00Z') }, 'Give both a start and an end time.'],
    ['has an invalid date', { start: new Date('tomorrow'), end: new Date('2026-11-24T09:00:00Z') }, 'Give both a start and an end time.'],
    ['is not a window', null, 'Give both a start and an end time.'],
  ])('refuses a window that %s', (_name, bad, message) => {
    expect(validateAvailability([window('2026-11-23T09:00:00Z', '2026-11-23T12:00:00Z'), bad], NOW)).toEqual({ ok: false, errors: [{ index: 1, message }] });
  });

  it('reports every bad window by its position', () => {
    const result = validateAvailability(
      [window('2026-11-24T09:00:00Z', '2026-11-24T09:30:00Z'), window('2026-11-24T12:00:00Z', '2026-11-24T15:00:00Z'), window('2026-11-19T09:00:00Z', '2026-11-19T12:00:00Z')],
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { index: 0, message: 'Each time must be at least an hour long.' },
        { index: 2, message: 'This time has already passed.' },
      ],
    });
  });

  it('refuses more than 10 windows, even when they would merge', () => {
    const eleven = Array.from({ length: 11 }, (_, hour) => window(`2026-11-24T${String(hour + 8).padStart(2, '0')}:00:00Z`, `2026-11-24T${String(hour + 9).padStart(2, '0')}:00:00Z`));
    expect(validateAvailability(eleven, NOW)).toEqual({ ok: false, errors: [{ index: null, message: 'Give at most 10 times; you gave 11.' }] });
    expect(validateAvailability(eleven.slice(0, 10), NOW).ok).toBe(true);
  });

  it('refuses something that is not a list', () => {
    expect(validateAvailability('tomorrow morning', NOW)).toEqual({ ok: false, errors: [{ index: null, message: 'Availability must be a list of times.' }] });
  });
});

describe('whether a proposed appointment slot fits the availability', () => {
  const windows = [window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), window('2026-11-24T14:00:00Z', '2026-11-24T17:00:00Z')];

  it.each([
    ['inside a window', window('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z'), true],
    ['exactly a window', window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), true],
    ['starting before a window', window('2026-11-24T08:30:00Z', '2026-11-24T10:00:00Z'), false],
    ['ending after a window', window('2026-11-24T11:00:00Z', '2026-11-24T12:30:00Z'), false],
    ['across the gap between two windows', window('2026-11-24T11:00:00Z', '2026-11-24T15:00:00Z'), false],
    ['on another day', window('2026-11-25T10:00:00Z', '2026-11-25T11:00:00Z'), false],
    ['ending before it starts', window('2026-11-24T11:00:00Z', '2026-11-24T10:00:00Z'), false],
  ])('a slot %s fits: %s', (_name, slot, fits) => {
    expect(slotFits(slot, windows)).toBe(fits);
  });

  it('fits a slot across two touching windows, which are one window', () => {
    expect(slotFits(window('2026-11-24T11:00:00Z', '2026-11-24T13:00:00Z'), [window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), window('2026-11-24T12:00:00Z', '2026-11-24T14:00:00Z')])).toBe(true);
  });

  it('fits nothing when no availability was given', () => {
    expect(slotFits(window('2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z'), [])).toBe(false);
  });
});

describe('a window as a person at the location reads it', () => {
  it.each([
    ['London in winter', 'Europe/London', window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), 'Tue 24 Nov, 09:00–12:00'],
    ['London in summer time', 'Europe/London', window('2026-06-02T08:00:00Z', '2026-06-02T10:00:00Z'), 'Tue 2 Jun, 09:00–11:00'],
    ['New York', 'America/New_York', window('2026-11-24T14:00:00Z', '2026-11-24T17:30:00Z'), 'Tue 24 Nov, 09:00–12:30'],
    ['Sydney, where it is already the evening', 'Australia/Sydney', window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), 'Tue 24 Nov, 20:00–23:00'],
    ['Sydney, past local midnight', 'Australia/Sydney', window('2026-11-24T12:00:00Z', '2026-11-24T15:00:00Z'), 'Tue 24 Nov, 23:00 – Wed 25 Nov, 02:00'],
  ])('%s', (_name, timezone, item, expected) => {
    expect(describeWindow(item, timezone)).toBe(expected);
  });

  it('refuses an unknown timezone', () => {
    expect(() => describeWindow(window('2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'), 'Somewhere/Else')).toThrow(/Unknown timezone/);
  });
});
