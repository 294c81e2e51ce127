import { instantAt, parseLocalDate, parseLocalTime } from '../local-time';
import type { TimeSpan } from '../vendor-types';

/** A span as a form asks for it: a date, a start time and an end time, at the location. */
export interface SpanFields {
  date: string;
  from: string;
  to: string;
}

export type SpanReading =
  | { kind: 'empty' }
  | { kind: 'span'; span: TimeSpan }
  /** What is missing or unreadable, per field. */
  | { kind: 'invalid'; errors: Partial<Record<keyof SpanFields, string>> };

export const spanFieldsOf = (form: FormData, prefix: string): SpanFields => ({
  date: String(form.get(`${prefix}-date`) ?? '').trim(),
  from: String(form.get(`${prefix}-from`) ?? '').trim(),
  to: String(form.get(`${prefix}-to`) ?? '').trim(),
});

/**
 * Turns the wall-clock fields into UTC instants in the location's time zone. Only whether each
 * field can be read is checked here; whether the span makes sense (ends after it starts, lies in
 * the future, fits the tenant's availability) is the API's to say.
 */
export function readSpan(fields: SpanFields, zone: string): SpanReading {
  if (!fields.date && !fields.from && !fields.to) return { kind: 'empty' };
  const date = fields.date ? parseLocalDate(fields.date, zone) : null;
  const from = fields.from ? parseLocalTime(fields.from, zone) : null;
  const to = fields.to ? parseLocalTime(fields.to, zone) : null;
  const errors: Partial<Record<keyof SpanFields, string>> = {};
  if (!fields.date) errors.date = 'Enter the date';
  else if (!date) errors.date = 'Enter the date as day/month/year, for example 24/11/2026';
  if (!fields.from) errors.from = 'Enter the start time';
  else if (!from) errors.from = 'Enter the start time as hours and minutes, for example 09:30';
  if (!fields.to) errors.to = 'Enter the end time';
  else if (!to) errors.to = 'Enter the end time as hours and minutes, for example 11:00';
  if (!date || !from || !to) return { kind: 'invalid', errors };
  return { kind: 'span', span: { start: instantAt(date, from, zone), end: instantAt(date, to, zone) } };
}
