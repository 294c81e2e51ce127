import { isIanaTimezone } from '../timezone';

describe('a location\'s time zone', () => {
  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney', 'UTC'])('accepts %s', (zone) => {
    expect(isIanaTimezone(zone)).toBe(true);
  });

  it.each(['', 'GMT+25', 'Mars/Olympus_Mons', 'London'])('refuses "%s"', (zone) => {
    expect(isIanaTimezone(zone)).toBe(false);
  });

  it('refuses a value that is not text', () => {
    expect(isIanaTimezone(42)).toBe(false);
  });
});
