import { parseLocalDateTime } from '../local-time';
import { parseRecurrenceRule } from '../recurrence-rule';

// A Monday.
const START = parseLocalDateTime('2026-03-02T09:00');
const parse = (text: unknown, start = START) => parseRecurrenceRule(text, start);

describe('reading a maintenance schedule rule', () => {
  it('reads a weekly rule with or without the RRULE: prefix, in any letter case', () => {
    const expected = [
      {
        freq: 'WEEKLY',
        interval: 1,
        count: null,
        until: null,
        byMonth: [],
        byMonthDay: [],
        byDay: [{ weekday: 'MO', nth: null }],
        byHour: [9],
        byMinute: [0],
        bySetPos: [],
        wkst: null,
      },
    ];
    expect(parse('FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0')).toEqual(expected);
    expect(parse('RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0')).toEqual(expected);
    expect(parse('  rrule:freq=weekly;byday=mo;byhour=9;byminute=0;  ')).toEqual(expected);
  });

  it('reads numbered weekdays, set positions, counts and several lines', () => {
    const [lastWorkingDay, secondTuesday] = parse('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=12\nRRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;WKST=SU');
    expect(lastWorkingDay).toMatchObject({ freq: 'MONTHLY', bySetPos: [-1], count: 12, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'].map((weekday) => ({ weekday, nth: null })) });
    expect(secondTuesday).toMatchObject({ freq: 'MONTHLY', interval: 3, byDay: [{ weekday: 'TU', nth: 2 }], wkst: 'SU' });
  });

  it('reads UNTIL as a whole local day, a local time or a UTC instant', () => {
    expect(parse('FREQ=DAILY;UNTIL=20260310')[0].until).toEqual({ kind: 'local', local: { year: 2026, month: 3, day: 10, hour: 23, minute: 59, second: 59 } });
    expect(parse('FREQ=DAILY;UNTIL=20260310T083000')[0].until).toEqual({ kind: 'local', local: { year: 2026, month: 3, day: 10, hour: 8, minute: 30, second: 0 } });
    expect(parse('FREQ=DAILY;UNTIL=20260310T083000Z')[0].until).toEqual({ kind: 'utc', at: new Date('2026-03-10T08:30:00Z') });
  });

  it('accepts BYSECOND=0, which some calendar tools always write', () => {
    expect(parse('FREQ=DAILY;BYHOUR=9;BYMINUTE=0;BYSECOND=0')).toHaveLength(1);
  });

  it('accepts a leap day that a yearly rule reaches in leap years', () => {
    expect(parse('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', parseLocalDateTime('2025-01-01T09:00'))).toHaveLength(1);
  });
});

describe('rules that are refused, with a message saying why', () => {
  it.each([
    ['', /a rule such as FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0 is required/],
    [undefined, /is required/],
    ['BYDAY=MO', /FREQ is required/],
    ['FREQ=FOO', /FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY; got "FOO"/],
    ['FREQ=HOURLY', /FREQ=HOURLY repeats within a day, which is not a maintenance schedule/],
    ['FREQ=MINUTELY', /FREQ=MINUTELY repeats within a day/],
    ['FREQ=SECONDLY', /FREQ=SECONDLY repeats within a day/],
    ['FREQ=DAILY;FOO=1', /unknown part FOO/],
    ['FREQ=DAILY;FREQ=WEEKLY', /FREQ is given twice/],
    ['FREQ=DAILY;BYHOUR', /"BYHOUR" is not a NAME=VALUE part/],
    ['FREQ=DAILY;BYHOUR=25', /BYHOUR values must be 0 to 23; got "25"/],
    ['FREQ=DAILY;BYMINUTE=60', /BYMINUTE values must be 0 to 59/],
    ['FREQ=WEEKLY;BYDAY=XX', /BYDAY must list weekdays as MO, TU, WE, TH, FR, SA, SU/],
    ['FREQ=WEEKLY;BYDAY=2MO', /numbered weekdays such as "2MO" need FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /"6MO": the number before a weekday must be 1 to 5 or -1 to -5/],
    ['FREQ=MONTHLY;BYDAY=0MO', /must be 1 to 5/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL value 0 is out of range \(1 to 366\)/],
    ['FREQ=WEEKLY;INTERVAL=53', /INTERVAL value 53 is out of range \(1 to 52\)/],
    ['FREQ=DAILY;INTERVAL=2,3', /INTERVAL takes one number/],
    ['FREQ=DAILY;COUNT=0', /COUNT value 0 is out of range/],
    ['FREQ=DAILY;COUNT=abc', /COUNT must be a comma-separated list of whole numbers/],
    ['FREQ=DAILY;COUNT=5;UNTIL=20260401', /COUNT and UNTIL cannot both be given/],
    ['FREQ=DAILY;UNTIL=20260230', /UNTIL must be a date \(YYYYMMDD\) or date-time/],
    ['FREQ=DAILY;UNTIL=2026-04-01', /UNTIL must be a date/],
    ['FREQ=DAILY;UNTIL=20260301', /UNTIL is before the schedule starts/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY value 0 is out of range/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY value 32 is out of range \(1 to 31 or -31 to -1\)/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ['FREQ=DAILY;INTERVAL=2;BYMONTHDAY=1', /better written as a monthly rule/],
    ['FREQ=DAILY;BYDAY=MO;BYSETPOS=1', /BYSETPOS needs FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS picks among the days that BYDAY or BYMONTHDAY give/],
    ['FREQ=YEARLY;BYWEEKNO=1', /BYWEEKNO is not supported for maintenance schedules/],
    ['FREQ=YEARLY;BYYEARDAY=100', /BYYEARDAY is not supported/],
    ['FREQ=DAILY;BYSECOND=30', /times are to the minute: BYSECOND can only be 0/],
    ['FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12;BYMINUTE=0,30', /at most 24 visits a day/],
    ['FREQ=DAILY;INTERVAL=30;BYMONTH=6', /can repeat at most every 28 days; use a monthly rule/],
    ['FREQ=WEEKLY;INTERVAL=5;BYMONTH=6', /can repeat at most every 4 weeks; use a monthly rule/],
    ['FREQ=DAILY;DTSTART=20260101T090000', /DTSTART is not part of the rule/],
    ['DTSTART:20260302T090000\nRRULE:FREQ=DAILY', /DTSTART is not part of the rule/],
    ['DTSTART;TZID=Europe/London:20260302T090000', /DTSTART is not part of the rule/],
    ['EXDATE:20260309T090000', /only RRULE lines are supported, not EXDATE/],
    [Array.from({ length: 11 }, () => 'FREQ=DAILY').join('\n'), /at most 10 RRULE lines/],
  ])('refuses %p', (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  it('prefixes every message so people know which field is wrong', () => {
    expect(() => parse('FREQ=HOURLY')).toThrow(/^Recurrence rule: /);
  });
});

describe('rules that would never produce a date', () => {
  it.each([
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', START],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', START],
    ['FREQ=MONTHLY;BYMONTH=4,6,9,11;BYMONTHDAY=31', START],
    // Every 7 days from a Monday is always a Monday.
    ['FREQ=DAILY;INTERVAL=7;BYDAY=TU', START],
    // Every other month from March: March, May, July, September, November, January — never February.
    ['FREQ=MONTHLY;INTERVAL=2;BYMONTH=2', START],
    // No month has a sixth Monday.
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', START],
    // Every fourth year from 2025 is never a leap year.
    ['FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29', parseLocalDateTime('2025-02-01T09:00')],
  ])('refuses %p instead of searching to the year 9999', (text, start) => {
    expect(() => parse(text, start)).toThrow(/never produces a date: no month or year has the days it asks for/);
  });

  it('accepts the same shapes when a date exists', () => {
    expect(parse('FREQ=DAILY;INTERVAL=7;BYDAY=MO')).toHaveLength(1);
    expect(parse('FREQ=MONTHLY;INTERVAL=2;BYMONTH=5')).toHaveLength(1);
    expect(parse('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5')).toHaveLength(1);
    expect(parse('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29', parseLocalDateTime('2024-02-01T09:00'))).toHaveLength(1);
  });
});
