/**
 * `npm run worker`: a process that runs jobs only (reminders, deadlines, emails), no HTTP.
 * Any number may run against one database; Agenda's locks give each job to one of them.
 * It joins the database `npm start` started unless DATABASE_URL says otherwise.
 */
import path from 'node:path';
import { startService } from './lib/processes.mjs';
import { CMS_DIR, DATA_DIR } from './lib/paths.mjs';
import { loadDevSecrets } from './lib/secrets.mjs';
import { readStackFile } from './lib/stack-env.mjs';

const databaseUrl = process.env.DATABASE_URL ?? (await readStackFile()).databaseUrl;
if (!databaseUrl) {
  console.error('No database: set DATABASE_URL, or run `npm start` first so the worker can join its database.');
  process.exit(1);
}
const secrets = process.env.NODE_ENV === 'production' ? {} : await loadDevSecrets(DATA_DIR);
const worker = startService({
  name: 'worker',
  script: path.join(CMS_DIR, 'worker.js'),
  cwd: CMS_DIR,
  env: { ...process.env, ...secrets, DATABASE_URL: databaseUrl, JOBS_IN_API: 'true', SERVE_ADMIN: 'false' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => worker.stop());
const { code } = await worker.exited;
process.exit(code ?? 0);
