import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { JOB } from '../jobs/names';
import type { OutboxMessage, QueuedMessage } from './outbox';

/**
 * The one way to send email or SMS: the messages are written to the outbox in the caller's
 * transaction (or a new one), and a send job is enqueued for each once that transaction commits.
 * If the process dies in between, the outbox reconciler enqueues them instead.
 * Other plugins use it too: strapi.plugin('service-requests').service('notifier').
 */
const notifier = ({ strapi }: { strapi: Core.Strapi }) => {
  const wake = async (queued: QueuedMessage[]) => {
    const jobs = getService(strapi, 'jobs');
    const now = Date.now();
    for (const { id: notificationId, availableAt } of queued) {
      const enqueued = availableAt.getTime() > now ? jobs.schedule(availableAt, JOB.sendNotification, { notificationId }) : jobs.now(JOB.sendNotification, { notificationId });
      await enqueued.catch((error: Error) => {
        strapi.log.warn(`Could not enqueue notification ${notificationId} (the reconciler will): ${error.message}`);
      });
    }
  };

  return {
    async queue(messages: OutboxMessage[]): Promise<number[]> {
      return strapi.db.transaction(async ({ onCommit }) => {
        const queued = await getService(strapi, 'outbox').queue(messages);
        onCommit(() => void wake(queued));
        return queued.map((row) => row.id);
      });
    },
  };
};

export type NotifierService = ReturnType<typeof notifier>;
export default notifier;
