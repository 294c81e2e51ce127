/** Agenda job names, shared by the definitions and every place that enqueues. */
export const JOB = {
  sendNotification: 'notifications.send',
  reconcileOutbox: 'notifications.reconcile',
} as const;

export interface SendNotificationData {
  notificationId: number;
}
