import crypto from 'node:crypto';
import type { SmsProvider, SmsRequest } from './provider';

/**
 * The development provider (SMS_PROVIDER=outbox): nothing leaves the machine. The text is logged,
 * and the outbox row, marked sent, is where staff read it in the admin. The id is derived from
 * the idempotency key, so the same message always gets the same id.
 */
export const createOutboxProvider = (log: { info(message: string): void }): SmsProvider => ({
  async send({ to, body, idempotencyKey }: SmsRequest) {
    const providerMessageId = `outbox-${crypto.createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;
    log.info(`SMS recorded, not sent (SMS_PROVIDER=outbox) ${providerMessageId} to ${to}: ${body}`);
    return { providerMessageId };
  },
});
