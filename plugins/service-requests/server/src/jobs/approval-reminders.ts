import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** 48 hours after an approval was asked for: one reminder if nobody has decided. */
export const remindApproval = (strapi: Core.Strapi) => async (data: { approvalId: number }) => {
  await getService(strapi, 'approvals').remind(data.approvalId);
};

/** Every quarter of an hour: reminders whose job was lost. The fenced claim keeps it to one. */
export const reconcileApprovalReminders = (strapi: Core.Strapi) => async () => {
  const approvals = getService(strapi, 'approvals');
  for (const approvalId of await approvals.dueReminderIds()) await approvals.remind(approvalId);
};
