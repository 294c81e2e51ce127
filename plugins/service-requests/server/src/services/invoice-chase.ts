import type { Core } from '@strapi/strapi';
import { schemaOf } from '../repositories/schema';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import { workOrderReference } from './dispatch';
import type { OutboxMessage } from './outbox';
import { localTime } from './ticket-messages';

const WORK_ORDER = 'plugin::service-requests.work-order';

/** Days after completion at which a vendor who has not sent the invoice is asked for it. */
export const CHASE_AFTER_DAYS = [1, 3, 7, 14];
const DAY = 86_400_000;

/** Which chase emails are due for an order completed at `completedAt`, by now. */
export const dueChaseRounds = (completedAt: Date, now: Date) =>
  CHASE_AFTER_DAYS.map((days, index) => ({ round: index + 1, at: new Date(completedAt.getTime() + days * DAY) })).filter((round) => round.at <= now);

/**
 * The invoice follow-up: until a completed order's invoice is recorded, its vendor is emailed on
 * each chase day. A scan, not a chain of jobs: each run queues the rounds that are due, and the
 * outbox key (order and round) makes a round that was already queued a no-op, however often it runs.
 */
const invoiceChase = ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(now = new Date()): Promise<number> {
    const { table, column } = schemaOf(strapi);
    const oldest = new Date(now.getTime() - (CHASE_AFTER_DAYS.at(-1)! + 1) * DAY);
    const ids: number[] = await strapi.db
      .connection(table(WORK_ORDER))
      .where(column(WORK_ORDER, 'state'), 'completed')
      .whereNull(column(WORK_ORDER, 'invoiceReceivedAt'))
      .where(column(WORK_ORDER, 'completedAt'), '>=', oldest)
      .where(column(WORK_ORDER, 'completedAt'), '<=', new Date(now.getTime() - CHASE_AFTER_DAYS[0] * DAY))
      .limit(1000)
      .pluck('id');
    let queued = 0;
    for (const id of ids) {
      const order = await getService(strapi, 'work-orders').read({ id });
      if (!order?.completedAt || !order.vendorEmail || order.invoiceReceivedAt) continue;
      const messages: OutboxMessage[] = dueChaseRounds(order.completedAt, now).map(({ round }) => ({
        channel: 'email',
        recipient: order.vendorEmail!,
        template: 'invoice-requested',
        idempotencyKey: `work-order:${order.documentId}:invoice-chase:${round}`,
        payload: {
          vendorName: order.vendorName,
          reference: workOrderReference(order.id),
          summary: order.summary,
          locationName: order.locationName,
          completedLocal: localTime(order.completedAt!, order.timezone),
          portalUrl: `${pluginConfig(strapi).siteUrl}/vendor/work-orders/${order.documentId}`,
        },
      }));
      // Only the latest due round is worth an email; earlier ones missed (a worker was down) are not sent late.
      queued += (await getService(strapi, 'notifier').queue(messages.slice(-1))).length;
    }
    return queued;
  },
});

export type InvoiceChaseService = ReturnType<typeof invoiceChase>;
export default invoiceChase;
