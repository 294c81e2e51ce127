import { errors } from '@strapi/utils';
import { isE164 } from './e164';
import { isKnownTimeZone } from './quiet-hours';

/**
 * What is wrong with a text, checked when it is queued so that the change causing it fails with
 * a clear message (and writes nothing) instead of leaving a row that can never be sent.
 */
export const assertQueueableSms = (message: { recipient: string; template: string; payload: Record<string, unknown> }): void => {
  if (!isE164(message.recipient)) {
    throw new errors.ValidationError(
      `Cannot queue SMS "${message.template}" to "${message.recipient}": not an E.164 phone number ("+", country code, 8 to 15 digits in all, no spaces)`,
    );
  }
  const zone = message.payload?.timezone;
  if (zone !== undefined && zone !== null && zone !== '' && (typeof zone !== 'string' || !isKnownTimeZone(zone))) {
    throw new errors.ValidationError(`Cannot queue SMS "${message.template}" to "${message.recipient}": unknown time zone "${String(zone)}"`);
  }
};
