import type { Core } from '@strapi/strapi';
import { appointmentCancellation, appointmentInvite } from '../domain/scheduling/calendar-invite';
import { reminderTimes, SMS_MINIMUM_LEAD_MINUTES, type DueReminder } from '../domain/scheduling/reminder-times';
import { endOfQuietHours, isQuietHour } from '../domain/scheduling/quiet-hours';
import { parseQuietHours } from '../sms/quiet-hours';
import type { WorkOrderRow } from '../repositories/work-order-rows';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import { workOrderReference } from './dispatch';
import type { OutboxMessage } from './outbox';
import { localTime } from './ticket-messages';

const NOTIFICATION = 'plugin::service-requests.notification';

/** The outbox keys of an order's appointment reminders all start so, whatever the appointment's version. */
export const reminderKeyPrefix = (order: Pick<WorkOrderRow, 'documentId'>) => `work-order:${order.documentId}:reminder:`;

export interface Slot {
  start: Date;
  end: Date;
}

interface Party {
  role: 'tenant' | 'vendor';
  name: string;
  email: string | null;
  phone: string | null;
}

/**
 * Appointments: the tenant's confirmation with a calendar invite, and the reminders to both
 * parties. Reminders are outbox rows due at their reminder time (available_at in the future), keyed
 * by the appointment's version: moving or cancelling an appointment cancels the pending ones in
 * the same transaction, so a reminder for a time that no longer holds is never sent, even if its
 * job still runs, and each reminder of each version is sent once.
 */
const appointments = ({ strapi }: { strapi: Core.Strapi }) => {
  const partiesOf = (order: WorkOrderRow): Party[] => [
    ...(order.reporterEmail ? [{ role: 'tenant' as const, name: order.reporterName ?? order.reporterEmail, email: order.reporterEmail, phone: order.reporterPhone }] : []),
    ...(order.vendorEmail ? [{ role: 'vendor' as const, name: order.vendorName ?? order.vendorEmail, email: order.vendorEmail, phone: order.vendorPhone }] : []),
  ];

  const about = (order: WorkOrderRow, slot: Slot) => ({
    reference: workOrderReference(order.id),
    summary: order.summary,
    locationName: order.locationName,
    address: order.address,
    vendorName: order.vendorName,
    startLocal: localTime(slot.start, order.timezone),
    endLocal: localTime(slot.end, order.timezone),
    timezone: order.timezone,
  });

  /**
   * Texts respect quiet hours: a morning-of SMS that would go inside them goes when they end, if
   * that is still an hour before the visit; otherwise it is left out (the day-before email stands).
   */
  const outsideQuietHours = (reminder: DueReminder, order: WorkOrderRow, slot: Slot): DueReminder | null => {
    const quiet = reminder.channel === 'sms' ? parseQuietHours(pluginConfig(strapi).sms.quietHours) : null;
    if (!quiet || !isQuietHour(reminder.at, order.timezone, quiet)) return reminder;
    const at = endOfQuietHours(reminder.at, order.timezone, quiet);
    return at.getTime() <= slot.start.getTime() - SMS_MINIMUM_LEAD_MINUTES * 60_000 ? { ...reminder, at } : null;
  };

  /** The calendar event of the order's visit; `sequence` orders the versions a calendar receives. */
  const inviteFor = (order: WorkOrderRow, slot: Slot, sequence: number) => ({
    workOrderId: order.documentId,
    sequence,
    start: slot.start,
    end: slot.end,
    timezone: order.timezone,
    summary: `${order.vendorName ?? 'Contractor'}: ${order.summary}`,
    description: `${workOrderReference(order.id)} at ${order.locationName ?? ''}`,
    address: order.address ?? order.locationName ?? '',
    organizer: organizer(),
    attendee: { email: order.reporterEmail!, name: order.reporterName },
  });

  const organizer = () => {
    const settings = (strapi.config.get('plugin::email.settings') ?? {}) as { defaultReplyTo?: string; defaultFrom?: string };
    const address = settings.defaultReplyTo ?? /<([^>]+)>/.exec(settings.defaultFrom ?? '')?.[1] ?? settings.defaultFrom ?? 'service-desk@example.com';
    return { email: address, name: 'Service desk' };
  };

  return {
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

    /** Replaces the order's pending reminders with those of `slot` (version `version`). */
    async setReminders(order: WorkOrderRow, slot: Slot, version: number) {
      await this.clearReminders(order);
      const plan = reminderTimes({
        appointment: slot,
        timezone: order.timezone,
        settings: { emailDayBeforeAt: order.reminderEmailAt ?? undefined, smsMorningOfAt: order.reminderSmsAt ?? undefined },
        now: new Date(),
      });
      const messages: OutboxMessage[] = [];
      for (const planned of plan.due) {
        const reminder = outsideQuietHours(planned, order, slot);
        if (!reminder) continue;
        for (const party of partiesOf(order)) {
          const recipient = reminder.channel === 'email' ? party.email : party.phone;
          if (!recipient) continue;
          messages.push({
            channel: reminder.channel,
            recipient,
            template: 'appointment-reminder',
            idempotencyKey: `${reminderKeyPrefix(order)}${version}:${reminder.kind}:${party.role}`,
            availableAt: reminder.at,
            payload: { ...about(order, slot), recipientName: party.name, forVendor: party.role === 'vendor' },
          });
        }
      }
      await getService(strapi, 'notifier').queue(messages);
      return plan;
    },

    /** The tenant's confirmation, with the invite (same UID each time; SEQUENCE = version). */
    async confirmToTenant(order: WorkOrderRow, slot: Slot, version: number) {
      if (!order.reporterEmail) return;
      await getService(strapi, 'notifier').queue([
        {
          channel: 'email',
          recipient: order.reporterEmail,
          template: 'appointment-confirmed',
          idempotencyKey: `work-order:${order.documentId}:appointment:${version}:confirmation`,
          payload: {
            ...about(order, slot),
            recipientName: order.reporterName ?? order.reporterEmail,
            rescheduled: version > 1,
            portalUrl: order.ticketDocumentId ? `${pluginConfig(strapi).siteUrl}/requests/${order.ticketDocumentId}` : null,
            calendar: { method: 'request', content: appointmentInvite(inviteFor(order, slot, version)) },
          },
        },
      ]);
    },

    /**
     * The booked visit is off (the order cancelled, or waiting for approval): reminders cancelled,
     * and the event taken out of the tenant's calendar. Nothing to do for an order never booked.
     */
    async cancelAppointment(order: WorkOrderRow) {
      await this.clearReminders(order);
      if (!order.reporterEmail || !order.appointmentStart || !order.appointmentEnd) return;
      const slot = { start: order.appointmentStart, end: order.appointmentEnd };
      await getService(strapi, 'notifier').queue([
        {
          channel: 'email',
          recipient: order.reporterEmail,
          template: 'appointment-cancelled',
          idempotencyKey: `work-order:${order.documentId}:appointment:${order.appointmentVersion}:cancelled`,
          payload: {
            ...about(order, slot),
            recipientName: order.reporterName ?? order.reporterEmail,
            calendar: { method: 'cancel', content: appointmentCancellation(inviteFor(order, slot, order.appointmentVersion + 1)) },
          },
        },
      ]);
    },
  };
};

export type AppointmentsService = ReturnType<typeof appointments>;
export default appointments;
