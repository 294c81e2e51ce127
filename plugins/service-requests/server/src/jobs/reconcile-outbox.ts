import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { JOB } from './names';

/**
 * Re-enqueues outbox rows whose job was lost: a process that died between committing a change and
 * enqueueing its send, or a worker killed while sending. The claim fence keeps this from doubling.
 */
export const reconcileOutbox = (strapi: Core.Strapi) => async () => {
  const ids = await getService(strapi, 'outbox').strandedIds();
  const jobs = getService(strapi, 'jobs');
  for (const notificationId of ids) await jobs.now(JOB.sendNotification, { notificationId });
  if (ids.length > 0) strapi.log.info(`Outbox reconciler re-enqueued ${ids.length} notification(s)`);
};
