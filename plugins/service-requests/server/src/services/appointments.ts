import type { Core } from '@strapi/strapi';
import type { WorkOrderRow } from '../repositories/work-order-rows';

const NOTIFICATION = 'plugin::service-requests.notification';

/** The outbox keys of an order's appointment reminders all start so, whatever the appointment's version. */
export const reminderKeyPrefix = (order: Pick<WorkOrderRow, 'documentId'>) => `work-order:${order.documentId}:reminder:`;

/**
 * Appointment reminders are outbox rows due at their reminder time (available_at in the future).
 * Moving or cancelling an appointment cancels the pending ones in the same transaction, so a
 * reminder for a time that no longer holds is never sent, even if its job still runs.
 */
const appointments = ({ strapi }: { strapi: Core.Strapi }) => ({
  async clearReminders(order: Pick<WorkOrderRow, 'documentId'>) {
    const { tableName } = strapi.db.metadata.get(NOTIFICATION);
    await strapi.db.transaction(({ trx }) =>
      strapi.db
        .connection(tableName)
        .transacting(trx)
        .where('state', 'pending')
        .whereLike('idempotency_key', `${reminderKeyPrefix(order)}%`)
        .update({ state: 'cancelled', updated_at: new Date() }),
    );
  },
});

export type AppointmentsService = ReturnType<typeof appointments>;
export default appointments;
