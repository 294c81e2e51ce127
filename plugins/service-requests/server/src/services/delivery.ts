import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { renderEmail } from './email-templates';
import type { ClaimedMessage } from './outbox';

/**
 * Hands one claimed outbox message to its channel. The Message-ID is derived from the
 * idempotency key, so the one duplicate an at-least-once sender cannot rule out (a crash after
 * the SMTP server accepted and before the row was marked sent) is recognisable as the same email.
 */
const delivery = ({ strapi }: { strapi: Core.Strapi }) => ({
  async deliver(message: ClaimedMessage) {
    if (message.channel !== 'email') throw new Error(`No sender for channel "${message.channel}" yet`);
    const email = renderEmail(message.template, message.payload);
    const digest = crypto.createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
    await strapi.plugin('email').service('email').send({
      to: message.recipient,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: `<${digest}@service-requests.outbox>`,
      headers: { 'X-Idempotency-Key': message.idempotencyKey },
    });
  },
});

export type DeliveryService = ReturnType<typeof delivery>;
export default delivery;
