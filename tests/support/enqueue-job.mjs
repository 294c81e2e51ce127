/**
 * Enqueues Agenda jobs the way the app does (real Agenda, real PostgreSQL backend, notification
 * channel connected so a running worker wakes at once), from outside the app under test.
 * Usage: node enqueue-job.mjs <databaseUrl> <jobName> <json data> [count]
 * Prints the new jobs' ids as JSON.
 */
import { Agenda } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';

const [databaseUrl, name, data, count = '1'] = process.argv.slice(2);
const agenda = new Agenda({ name: 'test-enqueuer', backend: new PostgresBackend({ connectionString: databaseUrl, tableName: 'agenda_jobs' }) });
await agenda.start();
const jobs = await Promise.all(Array.from({ length: Number(count) }, () => agenda.now(name, JSON.parse(data))));
process.stdout.write(JSON.stringify(jobs.map((job) => String(job.attrs._id))));
await agenda.stop();
