import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { renderEmail } from './email-templates';
import { DeliveryDeferred, PermanentDeliveryError, type ClaimedMessage } from './outbox';
import { createSmsProvider } from '../sms/create-provider';
import { SmsSendError } from '../sms/provider';
import { parseQuietHours } from '../sms/quiet-hours';
import { createSmsSender, type SmsSender } from '../sms/sms-sender';
import { pluginConfig } from '../utils/plugin-config';

/** The iTIP invite a message carries in `payload.calendar` ({ method, content }), if any. */
const calendarOf = (message: ClaimedMessage) => {
  const calendar = message.payload.calendar as { method?: string; content?: string } | undefined;
  return calendar?.content ? { filename: 'appointment.ics', method: calendar.method ?? 'request', content: calendar.content } : null;
};

/**
 * Hands one claimed outbox message to its channel. What a channel says about the message is
 * translated for the outbox: a permanent refusal (PermanentDeliveryError) is not retried, and a
 * "not yet" (DeliveryDeferred) waits without counting as an attempt; any other error is retried.
 */
const delivery = ({ strapi }: { strapi: Core.Strapi }) => {
  // Built on first use, from the validated config: services must not read config at load time.
  let sms: SmsSender | null = null;
  const smsSender = (): SmsSender => {
    if (!sms) {
      const config = pluginConfig(strapi).sms;
      sms = createSmsSender({ provider: createSmsProvider(config, strapi.log), quietHours: parseQuietHours(config.quietHours), log: strapi.log });
    }
    return sms;
  };

  /**
   * The Message-ID is derived from the idempotency key, so the one duplicate an at-least-once
   * sender cannot rule out (a crash after the SMTP server accepted and before the row was marked
   * sent) is recognisable as the same email.
   */
  const sendEmail = async (message: ClaimedMessage) => {
    const email = renderEmail(message.template, message.payload);
    const digest = crypto.createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
    await strapi.plugin('email').service('email').send({
      to: message.recipient,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: `<${digest}@service-requests.outbox>`,
      headers: { 'X-Idempotency-Key': message.idempotencyKey },
      // An appointment's calendar invite (or its cancellation), as calendar clients expect it.
      ...(calendarOf(message) ? { icalEvent: calendarOf(message) } : {}),
    });
  };

  const sendSms = async (message: ClaimedMessage) => {
    let outcome;
    try {
      outcome = await smsSender().send(message);
    } catch (error) {
      if (error instanceof SmsSendError && error.permanent) throw new PermanentDeliveryError(error.message);
      throw error;
    }
    if (!outcome.sent) throw new DeliveryDeferred(outcome.heldUntil, outcome.reason);
  };

  return {
    async deliver(message: ClaimedMessage) {
      switch (message.channel) {
        case 'email':
          return sendEmail(message);
        case 'sms':
          return sendSms(message);
        default:
          throw new Error(`No sender for channel "${String((message as { channel: unknown }).channel)}"`);
      }
    },
  };
};

export type DeliveryService = ReturnType<typeof delivery>;
export default delivery;
