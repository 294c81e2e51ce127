import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { JOB, type SendNotificationData } from './names';

/**
 * Sends one outbox message. The job carries only the row id: running it twice is harmless,
 * because only one run can claim the row, and a sent row is never claimed again.
 */
export const sendNotification = (strapi: Core.Strapi) => async (data: SendNotificationData) => {
  const outbox = getService(strapi, 'outbox');
  const message = await outbox.claim(data.notificationId);
  if (!message) return;
  try {
    await getService(strapi, 'delivery').deliver(message);
  } catch (error) {
    const retryAt = await outbox.markFailed(message, error);
    strapi.log.warn(
      `Notification ${message.id} (${message.template} to ${message.recipient}) failed on attempt ${message.attempts}: ` +
        `${error instanceof Error ? error.message : String(error)}${retryAt ? `; retrying at ${retryAt.toISOString()}` : '; giving up'}`,
    );
    if (retryAt) await getService(strapi, 'jobs').schedule(retryAt, JOB.sendNotification, data);
    return;
  }
  await outbox.markSent(message.id);
};
