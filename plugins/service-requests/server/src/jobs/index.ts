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
  /**
   * How long a worker's lock on a run holds before another worker may take the job over. Every
   * handler here is idempotent, so a short lock costs at most a harmless second run, while a long
   * one (Agenda's default is 10 minutes) stalls the job that long after a worker is killed.
   */
  lockLifetimeMs: number;
  /**
   * How many due runs one worker may lock ahead; none by default. Agenda locks every due job, one
   * update at a time, before running any (10,000 reminders due at once sat 10-27 s unsent, one
   * worker holding them all), but a limit caps a worker at that many runs per poll: measured with
   * 30, one worker sent 31 emails a second instead of 100. Left unlimited until Agenda refills on
   * completion rather than on its poll.
   */
  lockLimit?: number;
  handler: (strapi: Core.Strapi) => (data: any) => Promise<void>;
}

const MINUTE = 60_000;

export const jobDefinitions: JobDefinition[] = [
  { name: JOB.sendNotification, concurrency: 10, lockLifetimeMs: 2 * MINUTE, handler: sendNotification },
  // The reconciler is what recovers a crashed worker's messages: a dead lock on it must not last.
  { name: JOB.reconcileOutbox, concurrency: 1, lockLifetimeMs: 15_000, handler: reconcileOutbox },
  { name: JOB.checkSla, concurrency: 1, lockLifetimeMs: MINUTE, handler: checkSla },
  { name: JOB.offerDeadline, concurrency: 5, lockLifetimeMs: MINUTE, handler: expireOffer },
  { name: JOB.reconcileOffers, concurrency: 1, lockLifetimeMs: MINUTE, handler: reconcileOffers },
  { name: JOB.remindApproval, concurrency: 5, lockLifetimeMs: MINUTE, handler: remindApproval },
  { name: JOB.reconcileApprovals, concurrency: 1, lockLifetimeMs: MINUTE, handler: reconcileApprovalReminders },
  { name: JOB.chaseInvoices, concurrency: 1, lockLifetimeMs: 5 * MINUTE, handler: chaseInvoices },
  { name: JOB.generateMaintenance, concurrency: 1, lockLifetimeMs: 5 * MINUTE, handler: generateMaintenance },
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
