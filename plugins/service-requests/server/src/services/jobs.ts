import crypto from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import pg from 'pg';
import type { Agenda } from 'agenda' with { 'resolution-mode': 'import' };
import { jobDefinitions, recurringJobs } from '../jobs';
import { pluginConfig } from '../utils/plugin-config';

/**
 * `process`: this process runs jobs (the API by default, and every `npm run worker`).
 * `enqueue`: this process only adds jobs (an API whose jobs run in workers). It still connects
 * Agenda's notification channel, or a due-now job would wait for a worker's next poll.
 */
export type JobRole = 'process' | 'enqueue';

const AGENDA_TABLE = 'agenda_jobs';
const DRAIN_TIMEOUT_MS = 25_000;

export interface JobsConfig {
  role: JobRole;
  databaseUrl?: string;
  mongoUrl?: string;
  pollIntervalMs: number;
}

/** Agenda's storage, and what to close once Agenda is done with it. */
const createBackend = async (config: JobsConfig) => {
  if (config.mongoUrl) {
    const { MongoBackend } = await import('@agendajs/mongo-backend');
    return { backend: new MongoBackend({ address: config.mongoUrl, collection: 'agendaJobs' }), close: async () => {} };
  }
  if (!config.databaseUrl) throw new Error('Jobs need DATABASE_URL (PostgreSQL) or JOBS_MONGODB_URL');
  const { PostgresBackend } = await import('@agendajs/postgres-backend');
  // Strapi switches off the pg driver's JSONB parsing for the whole process; Agenda's job data
  // is JSONB and must come back as objects, so its pool parses JSONB itself.
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 5, types: jsonbParsingTypes });
  return { backend: new PostgresBackend({ pool, tableName: AGENDA_TABLE }), close: () => pool.end() };
};

const JSONB_OID = 3802;
const jsonbParsingTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === JSONB_OID ? (value: string) => JSON.parse(value) : pg.types.getTypeParser(oid, format as 'text'),
};

const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  let agenda: Agenda | null = null;
  let config: JobsConfig | null = null;
  let closeBackend: () => Promise<void> = async () => {};
  // Agenda records the name of the instance that locked a job; ours is unique per process so
  // that shutdown can release exactly the locks this process holds.
  const instanceName = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;

  const running = (): Agenda => {
    if (!agenda) throw new Error('Jobs are not started');
    return agenda;
  };

  return {
    instanceName,

    async start(jobsConfig: JobsConfig) {
      config = jobsConfig;
      const { Agenda: AgendaClass } = await import('agenda');
      const { backend, close } = await createBackend(jobsConfig);
      closeBackend = close;
      agenda = new AgendaClass({
        name: instanceName,
        backend,
        processEvery: jobsConfig.pollIntervalMs,
        defaultLockLifetime: 10 * 60 * 1000,
      });
      agenda.on('error', (error: Error) => strapi.log.error(`Jobs: ${error.message}`));
      agenda.on('fail', (error: Error, job: { attrs: { name: string } }) =>
        strapi.log.error(`Job ${job.attrs.name} failed: ${error.stack ?? error.message}`),
      );
      if (jobsConfig.role === 'process') {
        for (const definition of jobDefinitions) {
          const handle = definition.handler(strapi);
          agenda.define(definition.name, async (job) => handle(job.attrs.data), {
            concurrency: definition.concurrency,
            lockLifetime: definition.lockLifetimeMs,
            ...(definition.lockLimit ? { lockLimit: definition.lockLimit } : {}),
          });
        }
      }
      // start() also connects the notification channel; with no definitions it claims nothing.
      await agenda.start();
      if (jobsConfig.role === 'process') {
        for (const recurring of recurringJobs(pluginConfig(strapi))) await agenda.every(recurring.everyMs, recurring.name);
      }
    },

    async now(name: string, data: object) {
      await running().now(name, data);
    },

    async schedule(when: Date, name: string, data: object) {
      await running().schedule(when, name, data);
    },

    /**
     * Lets running jobs finish, then releases the jobs this process had locked ahead of running
     * them, so another worker takes them at once instead of after the 10-minute lock expiry.
     */
    async stop() {
      if (!agenda || !config) return;
      const current = agenda;
      agenda = null;
      strapi.log.info('Jobs: stopping, letting running jobs finish');
      const result = await current.drain({ timeout: DRAIN_TIMEOUT_MS, closeConnection: true });
      if (result.timedOut) strapi.log.warn(`Jobs: ${result.running} job(s) still running at shutdown`);
      if (!config.mongoUrl && config.role === 'process') {
        const released = await strapi.db
          .connection(AGENDA_TABLE)
          .whereNotNull('locked_at')
          .andWhere('last_modified_by', instanceName)
          .update({ locked_at: null });
        if (released > 0) strapi.log.info(`Jobs: released ${released} job lock(s) held by this process`);
      }
      await closeBackend();
    },
  };
};

export type JobsService = ReturnType<typeof jobs>;
export default jobs;
