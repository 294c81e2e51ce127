import type { FieldError } from './strapi';
import { readSpan, spanFieldsOf, type SpanFields } from './time-span-form';
import type { TimeSpan } from '../vendor-types';

/** How many "when can someone come in" times the report form offers. */
export const AVAILABILITY_WINDOWS = 5;

/** The id prefix of window `number` (1-based): its fieldset, and `-date`, `-from`, `-to` for its fields. */
export const windowId = (number: number) => `availability-${number}`;

export interface AvailabilityReading {
  /** What was typed in each window, to put back in the form. */
  fields: SpanFields[];
  /** The filled-in windows as UTC spans, for the API. */
  spans: TimeSpan[];
  /** The window number each span came from: the API's errors name the span's index. */
  numbers: number[];
  /** Fields that could not be read, keyed by control id. */
  errors: Record<string, string>;
}

/** Reads the report form's windows in the location's time zone; empty windows are left out. */
export function readAvailability(form: FormData, zone: string): AvailabilityReading {
  const reading: AvailabilityReading = { fields: [], spans: [], numbers: [], errors: {} };
  for (let number = 1; number <= AVAILABILITY_WINDOWS; number += 1) {
    const fields = spanFieldsOf(form, windowId(number));
    reading.fields.push(fields);
    const span = readSpan(fields, zone);
    if (span.kind === 'span') {
      reading.spans.push(span.span);
      reading.numbers.push(number);
    } else if (span.kind === 'invalid') {
      for (const [part, message] of Object.entries(span.errors)) reading.errors[`${windowId(number)}-${part}`] = message;
    }
  }
  return reading;
}

/** The API's availability errors (path ['availability', index]) on the window the person filled in. */
export function availabilityErrors(fieldErrors: FieldError[], numbers: number[]) {
  const errors: Record<string, string> = {};
  for (const error of fieldErrors) {
    if (error.path?.[0] !== 'availability') continue;
    const index = Number.parseInt(error.path[1] ?? '', 10);
    const number = Number.isInteger(index) ? (numbers[index] ?? 1) : (numbers[0] ?? 1);
    errors[windowId(number)] ??= error.message;
  }
  return errors;
}
