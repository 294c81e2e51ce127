/** Agenda job names, shared by the definitions and every place that enqueues. */
export const JOB = {
  sendNotification: 'notifications.send',
  reconcileOutbox: 'notifications.reconcile',
  checkSla: 'tickets.check-sla',
  offerDeadline: 'work-orders.offer-deadline',
  reconcileOffers: 'work-orders.reconcile-offers',
  remindApproval: 'approvals.remind',
  reconcileApprovals: 'approvals.reconcile-reminders',
  chaseInvoices: 'work-orders.chase-invoices',
  generateMaintenance: 'maintenance.generate',
} as const;

export interface SendNotificationData {
  notificationId: number;
}
