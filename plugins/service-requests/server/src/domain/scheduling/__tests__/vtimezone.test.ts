import { formatOffset, spanAround, vtimezone } from '../vtimezone';

const YEAR_2026 = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

describe('VTIMEZONE from the runtime timezone data', () => {
  it('lists London 2026: GMT at the start, BST from 01:00 GMT on 29 March, GMT from 02:00 BST on 25 October', () => {
    expect(vtimezone('Europe/London', YEAR_2026).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/London',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists Sydney 2026 in southern order: summer time at the start, standard from 5 April, summer again from 4 October', () => {
    expect(vtimezone('Australia/Sydney', YEAR_2026).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Australia/Sydney',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260101T110000',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1100',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20260405T030000',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20261004T020000',
      'TZOFFSETFROM:+1000',
      'TZOFFSETTO:+1100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
  });

  it('gives one standard observance to a zone without daylight saving', () => {
    expect(vtimezone('Asia/Kolkata', YEAR_2026).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20260101T053000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes offsets as RFC 5545 does, with minutes and sign', () => {
    expect([formatOffset(0), formatOffset(60), formatOffset(-300), formatOffset(330), formatOffset(345), formatOffset(-210)]).toEqual([
      '+0000',
      '+0100',
      '-0500',
      '+0530',
      '+0545',
      '-0330',
    ]);
  });

  it('covers a year either side of the appointment', () => {
    const span = spanAround(new Date('2026-03-29T08:30:00Z'), new Date('2026-03-29T10:30:00Z'));
    expect(span.from.toISOString()).toBe('2025-03-28T08:30:00.000Z');
    expect(span.to.toISOString()).toBe('2027-03-30T10:30:00.000Z');
  });

  it('refuses an unknown zone', () => {
    expect(() => vtimezone('Europe/Nowhere', YEAR_2026)).toThrow(/Unknown timezone/);
  });
});
