import { isE164 } from './e164';
import type { SmsProvider } from './provider';
import { SmsSendError } from './provider';
import { endOfQuietHours, type QuietHours } from './quiet-hours';
import { renderSms } from './templates';

export interface SmsMessage {
  recipient: string;
  template: string;
  idempotencyKey: string;
  payload: Record<string, unknown>;
}

export type SmsOutcome =
  | { sent: true; providerMessageId: string }
  | { sent: false; heldUntil: Date; reason: string };

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** The recipient's time zone, from the message: the location's, for texts about a location. */
export const timeZoneOf = (payload: Record<string, unknown>): string =>
  typeof payload.timezone === 'string' && payload.timezone !== '' ? payload.timezone : 'UTC';

/**
 * Sends one text, or says when it may be sent. The checks happen here, at the moment of sending,
 * because a text can wait in the outbox for hours (retries, an outage) and the clock decides.
 */
export const createSmsSender = ({ provider, quietHours, log, now = () => new Date() }: { provider: SmsProvider; quietHours: QuietHours | null; log: Log; now?: () => Date }) => ({
  async send(message: SmsMessage): Promise<SmsOutcome> {
    // outbox.queue refuses these; a row written some other way must still never reach a provider.
    if (!isE164(message.recipient)) {
      throw new SmsSendError(`"${message.recipient}" is not an E.164 phone number`, { permanent: true });
    }
    const timeZone = timeZoneOf(message.payload);
    if (quietHours) {
      let heldUntil: Date | null;
      try {
        heldUntil = endOfQuietHours({ at: now(), timeZone, window: quietHours });
      } catch (error) {
        throw new SmsSendError((error as Error).message, { permanent: true });
      }
      if (heldUntil) return { sent: false, heldUntil, reason: `Held for quiet hours in ${timeZone} until ${heldUntil.toISOString()}` };
    }
    const { body, clipped } = renderSms(message.template, message.payload);
    if (clipped) log.warn(`SMS ${message.idempotencyKey} (${message.template}) was longer than an SMS should be and was shortened`);
    const { providerMessageId } = await provider.send({ to: message.recipient, body, idempotencyKey: message.idempotencyKey });
    log.info(`SMS ${message.idempotencyKey} (${message.template}) to ${message.recipient} accepted as ${providerMessageId}`);
    return { sent: true, providerMessageId };
  },
});

export type SmsSender = ReturnType<typeof createSmsSender>;
