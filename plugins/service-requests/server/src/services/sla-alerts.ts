import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/ticket-lifecycle';
import { schemaOf } from '../repositories/schema';
import { getService } from '../utils/get-service';
import { managersOf } from '../utils/places';
import { pluginConfig } from '../utils/plugin-config';
import { localTime } from './ticket-messages';
import { slaBreachNotices, type SlaTarget } from './ticket-notices';

const TICKET = 'plugin::service-requests.ticket';
const BATCH = 200;

const TARGETS: Array<{ target: SlaTarget; due: string; done: string; alerted: string }> = [
  { target: 'first-response', due: 'firstResponseDueAt', done: 'firstRespondedAt', alerted: 'firstResponseBreachAlertedAt' },
  { target: 'resolution', due: 'resolutionDueAt', done: 'resolvedAt', alerted: 'resolutionBreachAlertedAt' },
];

/**
 * Flags tickets that missed an SLA target and emails the location's managers, once per ticket and
 * target: the flag is set by a fenced update (only the run that sets it queues the emails), in the
 * same transaction as the emails, whose keys would stop a second copy anyway.
 */
const slaAlerts = ({ strapi }: { strapi: Core.Strapi }) => ({
  async alertBreaches(now = new Date()): Promise<number> {
    const { table, column } = schemaOf(strapi);
    const c = (attribute: string) => column(TICKET, attribute);
    let alerted = 0;
    for (const { target, due, done, alerted: flag } of TARGETS) {
      const ids: number[] = await strapi.db
        .connection(table(TICKET))
        .whereIn(c('state'), OPEN_STATUSES)
        .whereNull(c(done))
        .whereNull(c(flag))
        .where(c(due), '<', now)
        .orderBy(c(due), 'asc')
        .limit(BATCH)
        .pluck('id');
      for (const id of ids) {
        const sent = await strapi.db.transaction(async ({ trx }) => {
          const claimed = await strapi.db.connection(table(TICKET)).transacting(trx).where({ id }).whereNull(c(flag)).update({ [c(flag)]: now });
          if (!claimed) return false;
          const ticket = await getService(strapi, 'ticket-changes').read({ id });
          if (!ticket?.locationId) return false;
          const managers = await managersOf(strapi, ticket.locationId);
          const dueAt = target === 'first-response' ? ticket.firstResponseDueAt : ticket.resolutionDueAt;
          const { publicUrl, siteUrl } = pluginConfig(strapi);
          await getService(strapi, 'notifier').queue(
            slaBreachNotices({
              ticket,
              target,
              dueAtLocal: dueAt ? localTime(dueAt, ticket.timezone ?? 'UTC') : '',
              priorityName: ticket.priorityName,
              managers,
              links: { publicUrl, siteUrl },
            }),
          );
          return true;
        });
        if (sent) alerted += 1;
      }
    }
    return alerted;
  },
});

export type SlaAlertsService = ReturnType<typeof slaAlerts>;
export default slaAlerts;
