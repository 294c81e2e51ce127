import { isE164 } from '../e164';

describe('which phone numbers a text can be sent to', () => {
  it.each(['+447700900123', '+15005550006', '+61412345678', '+12345678', '+123456789012345'])('accepts %s', (number) => {
    expect(isE164(number)).toBe(true);
  });

  it.each([
    ['no plus sign', '447700900123'],
    ['a national number', '07700900123'],
    ['a zero after the plus', '+0447700900123'],
    ['spaces', '+44 7700 900123'],
    ['dashes', '+1-500-555-0006'],
    ['fewer than 8 digits', '+1234567'],
    ['more than 15 digits', '+1234567890123456'],
    ['letters', '+44770090012a'],
    ['an empty value', ''],
    ['a trailing newline', '+447700900123\n'],
  ])('refuses %s', (_why, number) => {
    expect(isE164(number)).toBe(false);
  });
});
