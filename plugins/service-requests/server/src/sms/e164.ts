/**
 * An international phone number as SMS providers take it: "+", a country code that never starts
 * with 0, and 8 to 15 digits in all. No spaces or punctuation: a number that needs tidying was
 * typed by a person and should be fixed where it was entered, not guessed at when sending.
 */
const E164 = /^\+[1-9]\d{7,14}$/;

export const isE164 = (value: unknown): boolean => typeof value === 'string' && E164.test(value);
