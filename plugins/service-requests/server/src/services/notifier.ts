import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { JOB } from '../jobs/names';
import type { OutboxMessage } from './outbox';

/**
 * The one way to send email or SMS: the messages are written to the outbox in the caller's
 * transaction (or a new one), and a send job is enqueued for each once that transaction commits.
 * If the process dies in between, the outbox reconciler enqueues them instead.
 * Other plugins use it too: strapi.plugin('service-requests').service('notifier').
 */
const notifier = ({ strapi }: { strapi: Core.Strapi }) => {
  const wake = async (notificationIds: number[]) => {
    const jobs = getService(strapi, 'jobs');
    for (const notificationId of notificationIds) {
      await jobs.now(JOB.sendNotification, { notificationId }).catch((error: Error) => {
        strapi.log.warn(`Could not enqueue notification ${notificationId} (the reconciler will): ${error.message}`);
      });
    }
  };

  return {
    async queue(messages: OutboxMessage[]): Promise<number[]> {
      return strapi.db.transaction(async ({ onCommit }) => {
        const ids = await getService(strapi, 'outbox').queue(messages);
        onCommit(() => void wake(ids));
        return ids;
      });
    },
  };
};

export type NotifierService = ReturnType<typeof notifier>;
export default notifier;
