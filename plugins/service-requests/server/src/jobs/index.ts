import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { JOB } from './names';
import { sendNotification } from './send-notification';
import { reconcileOutbox } from './reconcile-outbox';
import { checkSla } from './check-sla';

export interface JobDefinition {
  name: string;
  concurrency: number;
  handler: (strapi: Core.Strapi) => (data: any) => Promise<void>;
}

export const jobDefinitions: JobDefinition[] = [
  { name: JOB.sendNotification, concurrency: 10, handler: sendNotification },
  { name: JOB.reconcileOutbox, concurrency: 1, handler: reconcileOutbox },
  { name: JOB.checkSla, concurrency: 1, handler: checkSla },
];

/** Recurring jobs and how often they run: Agenda keeps one row per name, so every worker may declare them. */
export const recurringJobs = (config: PluginConfig) => [
  { name: JOB.reconcileOutbox, everyMs: config.outbox.reconcileEveryMs },
  { name: JOB.checkSla, everyMs: config.slaCheckEveryMs },
];
