/** Agenda job names, shared by the definitions and every place that enqueues. */
export const JOB = {
  sendNotification: 'notifications.send',
  reconcileOutbox: 'notifications.reconcile',
  checkSla: 'tickets.check-sla',
} as const;

export interface SendNotificationData {
  notificationId: number;
}
