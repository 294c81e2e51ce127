import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { JOB } from './names';
import { sendNotification } from './send-notification';
import { reconcileOutbox } from './reconcile-outbox';
import { checkSla } from './check-sla';
import { expireOffer, reconcileOffers } from './offer-deadlines';
import { reconcileApprovalReminders, remindApproval } from './approval-reminders';
import { chaseInvoices, generateMaintenance } from './recurring-work';

export interface JobDefinition {
  name: string;
  concurrency: number;
  handler: (strapi: Core.Strapi) => (data: any) => Promise<void>;
}

export const jobDefinitions: JobDefinition[] = [
  { name: JOB.sendNotification, concurrency: 10, handler: sendNotification },
  { name: JOB.reconcileOutbox, concurrency: 1, handler: reconcileOutbox },
  { name: JOB.checkSla, concurrency: 1, handler: checkSla },
  { name: JOB.offerDeadline, concurrency: 5, handler: expireOffer },
  { name: JOB.reconcileOffers, concurrency: 1, handler: reconcileOffers },
  { name: JOB.remindApproval, concurrency: 5, handler: remindApproval },
  { name: JOB.reconcileApprovals, concurrency: 1, handler: reconcileApprovalReminders },
  { name: JOB.chaseInvoices, concurrency: 1, handler: chaseInvoices },
  { name: JOB.generateMaintenance, concurrency: 1, handler: generateMaintenance },
];

/** Recurring jobs and how often they run: Agenda keeps one row per name, so every worker may declare them. */
export const recurringJobs = (config: PluginConfig) => [
  { name: JOB.reconcileOutbox, everyMs: config.outbox.reconcileEveryMs },
  { name: JOB.checkSla, everyMs: config.slaCheckEveryMs },
  { name: JOB.reconcileOffers, everyMs: 60_000 },
  { name: JOB.reconcileApprovals, everyMs: 15 * 60_000 },
  { name: JOB.chaseInvoices, everyMs: 60 * 60_000 },
  { name: JOB.generateMaintenance, everyMs: 60 * 60_000 },
];
