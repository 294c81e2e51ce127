import { DateTime } from 'luxon';
import { occurrencesBetween, validateSchedule, type Occurrence } from '../recurrence';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const SYDNEY = 'Australia/Sydney';

const at = (text: string) => new Date(text);
const pairs = (occurrences: Occurrence[]) => occurrences.map((occurrence) => [occurrence.localStart, occurrence.at.toISOString()]);
/** What the location's clocks show at an instant, worked out by luxon rather than by the module under test. */
const clock = (instant: Date, timezone: string) => DateTime.fromJSDate(instant, { zone: timezone }).toFormat("yyyy-LL-dd'T'HH:mm");

describe('a daily schedule across daylight-saving changes: exactly one visit per local day', () => {
  it.each([
    // zone, rule time, window (UTC), expected [local start, instant]
    [
      'New York spring-forward (2026-03-08): 02:30 does not exist, the visit is at 03:30 EDT',
      NEW_YORK,
      '2026-03-01T02:30',
      ['2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z'],
      [
        ['2026-03-07T02:30', '2026-03-07T07:30:00.000Z'], // EST, UTC-5
        ['2026-03-08T02:30', '2026-03-08T07:30:00.000Z'], // read at EST: 03:30 EDT
        ['2026-03-09T02:30', '2026-03-09T06:30:00.000Z'], // EDT, UTC-4
      ],
    ],
    [
      'New York fall-back (2026-11-01): 01:30 happens twice, the visit is at the first',
      NEW_YORK,
      '2026-10-01T01:30',
      ['2026-10-31T00:00:00Z', '2026-11-03T00:00:00Z'],
      [
        ['2026-10-31T01:30', '2026-10-31T05:30:00.000Z'], // EDT
        ['2026-11-01T01:30', '2026-11-01T05:30:00.000Z'], // first 01:30, EDT
        ['2026-11-02T01:30', '2026-11-02T06:30:00.000Z'], // EST
      ],
    ],
    [
      'Berlin spring-forward (2026-03-29): 02:30 → 03:30 CEST',
      BERLIN,
      '2026-03-01T02:30',
      ['2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z'],
      [
        ['2026-03-28T02:30', '2026-03-28T01:30:00.000Z'], // CET, UTC+1
        ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'], // read at CET: 03:30 CEST
        ['2026-03-30T02:30', '2026-03-30T00:30:00.000Z'], // CEST, UTC+2
      ],
    ],
    [
      'Berlin fall-back (2026-10-25): the first 02:30',
      BERLIN,
      '2026-10-01T02:30',
      ['2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z'],
      [
        ['2026-10-24T02:30', '2026-10-24T00:30:00.000Z'],
        ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'], // first 02:30, CEST
        ['2026-10-26T02:30', '2026-10-26T01:30:00.000Z'], // CET
      ],
    ],
    [
      'Sydney fall-back (2026-04-05): the first 02:30',
      SYDNEY,
      '2026-03-01T02:30',
      ['2026-04-03T00:00:00Z', '2026-04-06T00:00:00Z'],
      [
        ['2026-04-04T02:30', '2026-04-03T15:30:00.000Z'], // AEDT, UTC+11
        ['2026-04-05T02:30', '2026-04-04T15:30:00.000Z'], // first 02:30, AEDT
        ['2026-04-06T02:30', '2026-04-05T16:30:00.000Z'], // AEST, UTC+10
      ],
    ],
    [
      'Sydney spring-forward (2026-10-04): 02:30 → 03:30 AEDT',
      SYDNEY,
      '2026-09-01T02:30',
      ['2026-10-02T00:00:00Z', '2026-10-05T00:00:00Z'],
      [
        ['2026-10-03T02:30', '2026-10-02T16:30:00.000Z'], // AEST
        ['2026-10-04T02:30', '2026-10-03T16:30:00.000Z'], // read at AEST: 03:30 AEDT
        ['2026-10-05T02:30', '2026-10-04T15:30:00.000Z'], // AEDT
      ],
    ],
  ])('%s', (_name, timezone, startsOn, [from, to], expected) => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=DAILY', startsOn, timezone, from: at(from), to: at(to) });
    expect(pairs(occurrences)).toEqual(expected);
    expect(occurrences.map((occurrence) => occurrence.key)).toEqual(expected.map(([localStart]) => localStart));
  });

  it.each([
    // zone, rule time, local 2026 as UTC instants, the day the clocks skip that time and what they show instead
    [NEW_YORK, '02:30', '2026-01-01T05:00:00Z', '2027-01-01T05:00:00Z', '2026-03-08T03:30'],
    [NEW_YORK, '01:30', '2026-01-01T05:00:00Z', '2027-01-01T05:00:00Z', null],
    [BERLIN, '02:30', '2025-12-31T23:00:00Z', '2026-12-31T23:00:00Z', '2026-03-29T03:30'],
    [SYDNEY, '02:30', '2025-12-31T13:00:00Z', '2026-12-31T13:00:00Z', '2026-10-04T03:30'],
  ])('over all of 2026 in %s, a daily %s rule gives 365 visits, one per local date, none lost or doubled', (timezone, time, from, to, movedTo) => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=DAILY', startsOn: `2025-06-01T${time}`, timezone, from: at(from), to: at(to) });
    expect(occurrences).toHaveLength(365);
    const days: string[] = [];
    for (let day = DateTime.fromISO('2026-01-01', { zone: 'UTC' }); day.year === 2026; day = day.plus({ days: 1 })) days.push(day.toISODate()!);
    expect(occurrences.map((occurrence) => occurrence.localStart)).toEqual(days.map((day) => `${day}T${time}`));
    expect(new Set(occurrences.map((occurrence) => occurrence.at.getTime())).size).toBe(365);
    const shown = occurrences.map((occurrence) => clock(occurrence.at, timezone));
    const expectedShown = days.map((day) => (movedTo?.startsWith(day) ? movedTo : `${day}T${time}`));
    expect(shown).toEqual(expectedShown);
  });
});

describe('weekly schedules keep their local wall-clock time across the change', () => {
  it('a Monday 09:00 visit stays at 09:00 in New York while its UTC time moves an hour', () => {
    const occurrences = occurrencesBetween({
      rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0',
      startsOn: '2026-03-02T09:00',
      timezone: NEW_YORK,
      from: at('2026-03-01T00:00:00Z'),
      to: at('2026-03-17T00:00:00Z'),
    });
    expect(pairs(occurrences)).toEqual([
      ['2026-03-02T09:00', '2026-03-02T14:00:00.000Z'], // EST
      ['2026-03-09T09:00', '2026-03-09T13:00:00.000Z'], // EDT
      ['2026-03-16T09:00', '2026-03-16T13:00:00.000Z'],
    ]);
  });

  it.each([NEW_YORK, BERLIN, SYDNEY])('a weekly 09:00 visit is at 09:00 on the clocks of %s every week of the year', (timezone) => {
    const occurrences = occurrencesBetween({
      rrule: 'FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0',
      startsOn: '2026-01-01T00:00',
      timezone,
      from: at('2026-01-01T00:00:00Z'),
      to: at('2027-01-01T00:00:00Z'),
    });
    // 2026 starts on a Thursday: its first Tuesday is 6 January and it has 52 Tuesdays.
    expect(occurrences).toHaveLength(52);
    expect(occurrences[0].localStart).toBe('2026-01-06T09:00');
    for (const occurrence of occurrences) {
      expect(clock(occurrence.at, timezone)).toBe(occurrence.localStart);
      expect(DateTime.fromJSDate(occurrence.at, { zone: timezone }).weekday).toBe(2);
    }
  });

  it('a Sunday 02:30 visit in Berlin happens once on each change day', () => {
    const spring = occurrencesBetween({ rrule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=30', startsOn: '2026-03-01T00:00', timezone: BERLIN, from: at('2026-03-21T00:00:00Z'), to: at('2026-04-06T00:00:00Z') });
    expect(pairs(spring)).toEqual([
      ['2026-03-22T02:30', '2026-03-22T01:30:00.000Z'],
      ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'], // 03:30 CEST
      ['2026-04-05T02:30', '2026-04-05T00:30:00.000Z'],
    ]);
    const autumn = occurrencesBetween({ rrule: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=30', startsOn: '2026-03-01T00:00', timezone: BERLIN, from: at('2026-10-17T00:00:00Z'), to: at('2026-11-02T00:00:00Z') });
    expect(pairs(autumn)).toEqual([
      ['2026-10-18T02:30', '2026-10-18T00:30:00.000Z'],
      ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'], // first 02:30 (CEST)
      ['2026-11-01T02:30', '2026-11-01T01:30:00.000Z'],
    ]);
  });
});

describe('monthly schedules across daylight-saving changes', () => {
  it('the second Sunday at 02:30 in New York falls on the spring-forward day and happens once, at 03:30 EDT', () => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=MONTHLY;BYDAY=2SU;BYHOUR=2;BYMINUTE=30', startsOn: '2026-01-01T00:00', timezone: NEW_YORK, from: at('2026-02-01T00:00:00Z'), to: at('2026-05-01T00:00:00Z') });
    expect(pairs(occurrences)).toEqual([
      ['2026-02-08T02:30', '2026-02-08T07:30:00.000Z'],
      ['2026-03-08T02:30', '2026-03-08T07:30:00.000Z'],
      ['2026-04-12T02:30', '2026-04-12T06:30:00.000Z'],
    ]);
  });

  it('the first Sunday at 01:30 in New York happens once on the fall-back day', () => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=MONTHLY;BYDAY=1SU;BYHOUR=1;BYMINUTE=30', startsOn: '2026-01-01T00:00', timezone: NEW_YORK, from: at('2026-10-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') });
    expect(pairs(occurrences)).toEqual([
      ['2026-10-04T01:30', '2026-10-04T05:30:00.000Z'],
      ['2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
      ['2026-12-06T01:30', '2026-12-06T06:30:00.000Z'],
    ]);
  });

  it('the last Sunday at 02:30 in Berlin: ten months, both change days once each', () => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=MONTHLY;BYDAY=-1SU;BYHOUR=2;BYMINUTE=30', startsOn: '2026-01-01T00:00', timezone: BERLIN, from: at('2026-02-01T00:00:00Z'), to: at('2026-12-01T00:00:00Z') });
    expect(occurrences.map((occurrence) => occurrence.localStart)).toEqual(
      ['02-22', '03-29', '04-26', '05-31', '06-28', '07-26', '08-30', '09-27', '10-25', '11-29'].map((day) => `2026-${day}T02:30`),
    );
    expect(pairs(occurrences).filter(([local]) => /-(03-29|10-25)T/.test(local))).toEqual([
      ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
      ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ]);
  });

  it('the first Sunday at 02:30 in Sydney: both change days once each', () => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=MONTHLY;BYDAY=1SU;BYHOUR=2;BYMINUTE=30', startsOn: '2026-01-01T00:00', timezone: SYDNEY, from: at('2026-03-15T00:00:00Z'), to: at('2026-11-15T00:00:00Z') });
    expect(pairs(occurrences)).toEqual([
      ['2026-04-05T02:30', '2026-04-04T15:30:00.000Z'], // first 02:30 (AEDT)
      ['2026-05-03T02:30', '2026-05-02T16:30:00.000Z'],
      ['2026-06-07T02:30', '2026-06-06T16:30:00.000Z'],
      ['2026-07-05T02:30', '2026-07-04T16:30:00.000Z'],
      ['2026-08-02T02:30', '2026-08-01T16:30:00.000Z'],
      ['2026-09-06T02:30', '2026-09-05T16:30:00.000Z'],
      ['2026-10-04T02:30', '2026-10-03T16:30:00.000Z'], // 03:30 AEDT
      ['2026-11-01T02:30', '2026-10-31T15:30:00.000Z'],
    ]);
  });

  it('the last working day of each month', () => {
    // 31 January 2026 is a Saturday, 28 February a Saturday, 31 March a Tuesday.
    const occurrences = occurrencesBetween({ rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;BYHOUR=16;BYMINUTE=0', startsOn: '2026-01-01T00:00', timezone: BERLIN, from: at('2026-01-01T00:00:00Z'), to: at('2026-04-01T00:00:00Z') });
    expect(occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-01-30T16:00', '2026-02-27T16:00', '2026-03-31T16:00']);
  });
});

describe('idempotency keys and windows', () => {
  const daily = { rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', startsOn: '2026-03-01T00:00', timezone: NEW_YORK };

  it('gives each occurrence the same key whichever window finds it, and consecutive windows never repeat one', () => {
    const whole = occurrencesBetween({ ...daily, from: at('2026-03-05T00:00:00Z'), to: at('2026-03-15T00:00:00Z') });
    const first = occurrencesBetween({ ...daily, from: at('2026-03-05T00:00:00Z'), to: at('2026-03-09T13:00:00Z') });
    const second = occurrencesBetween({ ...daily, from: at('2026-03-09T13:00:00Z'), to: at('2026-03-15T00:00:00Z') });
    expect([...first, ...second]).toEqual(whole);
    // 9 March 09:00 EDT is 13:00Z: it belongs to the window that starts there, not the one that ends there.
    expect(first[first.length - 1].key).toBe('2026-03-08T09:00');
    expect(second[0].key).toBe('2026-03-09T09:00');
    expect(new Set(whole.map((occurrence) => occurrence.key)).size).toBe(whole.length);
  });

  it('makes two rule times that land on one instant one visit: the time that exists wins', () => {
    // 02:30 on 8 March is moved to 03:30 EDT, where the 03:30 visit already is.
    const occurrences = occurrencesBetween({ rrule: 'FREQ=DAILY;BYHOUR=2,3;BYMINUTE=30', startsOn: '2026-03-01T00:00', timezone: NEW_YORK, from: at('2026-03-07T00:00:00Z'), to: at('2026-03-09T12:00:00Z') });
    expect(pairs(occurrences)).toEqual([
      ['2026-03-07T02:30', '2026-03-07T07:30:00.000Z'],
      ['2026-03-07T03:30', '2026-03-07T08:30:00.000Z'],
      ['2026-03-08T03:30', '2026-03-08T07:30:00.000Z'],
      ['2026-03-09T02:30', '2026-03-09T06:30:00.000Z'],
      ['2026-03-09T03:30', '2026-03-09T07:30:00.000Z'],
    ]);
  });

  it('merges several RRULE lines without doubling a shared date', () => {
    const occurrences = occurrencesBetween({
      rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0',
      startsOn: '2026-03-02T00:00',
      timezone: BERLIN,
      from: at('2026-03-02T00:00:00Z'),
      to: at('2026-03-10T00:00:00Z'),
    });
    expect(occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-03-02T09:00', '2026-03-05T09:00', '2026-03-09T09:00']);
  });

  it('starts at startsOn: a Monday rule that starts on a Wednesday first visits the next Monday', () => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-03-04T10:15', timezone: BERLIN, from: at('2026-01-01T00:00:00Z'), to: at('2026-03-17T00:00:00Z') });
    expect(occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-03-09T10:15', '2026-03-16T10:15']);
  });

  it('counts COUNT from startsOn, the moved visit included', () => {
    const occurrences = occurrencesBetween({ rrule: 'FREQ=DAILY;COUNT=3', startsOn: '2026-03-07T02:30', timezone: NEW_YORK, from: at('2026-01-01T00:00:00Z'), to: at('2026-12-31T00:00:00Z') });
    expect(occurrences.map((occurrence) => occurrence.localStart)).toEqual(['2026-03-07T02:30', '2026-03-08T02:30', '2026-03-09T02:30']);
  });

  it('ends at UNTIL: a date includes that whole local day, a UTC time is an instant', () => {
    const byDate = occurrencesBetween({ rrule: 'FREQ=DAILY;UNTIL=20260310', startsOn: '2026-03-07T21:00', timezone: NEW_YORK, from: at('2026-01-01T00:00:00Z'), to: at('2026-12-31T00:00:00Z') });
    expect(byDate.map((occurrence) => occurrence.localStart)).toEqual(['2026-03-07T21:00', '2026-03-08T21:00', '2026-03-09T21:00', '2026-03-10T21:00']);
    const byInstant = occurrencesBetween({ rrule: 'FREQ=DAILY;UNTIL=20260309T130000Z', startsOn: '2026-03-07T09:00', timezone: NEW_YORK, from: at('2026-01-01T00:00:00Z'), to: at('2026-12-31T00:00:00Z') });
    expect(pairs(byInstant)).toEqual([
      ['2026-03-07T09:00', '2026-03-07T14:00:00.000Z'],
      ['2026-03-08T09:00', '2026-03-08T13:00:00.000Z'],
      ['2026-03-09T09:00', '2026-03-09T13:00:00.000Z'],
    ]);
  });

  it('gives nothing for an empty window', () => {
    expect(occurrencesBetween({ ...daily, from: at('2026-03-09T13:00:00Z'), to: at('2026-03-09T13:00:00Z') })).toEqual([]);
  });
});

describe('limits and bad input', () => {
  it('throws rather than drop occurrences beyond the per-call limit', () => {
    const args = { rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', startsOn: '2026-01-01T00:00', timezone: BERLIN, from: at('2026-01-01T00:00:00Z'), to: at('2026-01-11T00:00:00Z') };
    expect(occurrencesBetween({ ...args, limit: 10 })).toHaveLength(10);
    expect(() => occurrencesBetween({ ...args, to: at('2026-01-12T00:00:00Z'), limit: 10 })).toThrow('The schedule has more than 10 occurrences in the period asked for; ask for a shorter period');
    expect(() => occurrencesBetween({ ...args, from: at('2026-01-01T00:00:00Z'), to: at('2029-01-01T00:00:00Z') })).toThrow(/more than 1000 occurrences/);
    expect(() => occurrencesBetween({ ...args, limit: 5001 })).toThrow('limit must be a whole number from 1 to 5000');
  });

  it('refuses a window that ends before it starts, a bad start and an unknown zone', () => {
    const args = { rrule: 'FREQ=DAILY', startsOn: '2026-01-01T09:00', timezone: BERLIN, from: at('2026-01-02T00:00:00Z'), to: at('2026-01-01T00:00:00Z') };
    expect(() => occurrencesBetween(args)).toThrow('from must not be after to');
    expect(() => occurrencesBetween({ ...args, to: at('2026-02-01T00:00:00Z'), startsOn: '2026-01-01 09:00' })).toThrow(/startsOn must be a local date and time written YYYY-MM-DDTHH:mm/);
    expect(() => occurrencesBetween({ ...args, to: at('2026-02-01T00:00:00Z'), timezone: 'Berlin' })).toThrow(/Unknown timezone "Berlin"/);
    expect(() => occurrencesBetween({ ...args, rrule: 'FREQ=HOURLY', to: at('2026-02-01T00:00:00Z') })).toThrow(/not a maintenance schedule/);
  });

  it('validates a schedule without expanding it', () => {
    expect(() => validateSchedule({ rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0', startsOn: '2026-03-02T00:00', timezone: BERLIN })).not.toThrow();
    expect(() => validateSchedule({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', startsOn: '2026-03-02T00:00', timezone: BERLIN })).toThrow(/never produces a date/);
  });
});
