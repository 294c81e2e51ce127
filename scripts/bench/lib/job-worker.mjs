/**
 * A job worker as `npm run worker` runs it: `node cms/worker.js`, jobs only, no HTTP port. Ready
 * once it logs so; stopped with SIGTERM, on which it lets running jobs finish and releases its locks.
 */
import path from 'node:path';
import { CMS_DIR } from '../../lib/paths.mjs';
import { startServerProcess } from './server-process.mjs';

export const startJobWorker = ({ name, env }) =>
  startServerProcess({
    name,
    script: path.join(CMS_DIR, 'worker.js'),
    cwd: CMS_DIR,
    env: { ...env, JOBS_IN_API: 'true' },
    readyLine: 'Job worker ready',
    timeoutMs: 240_000,
  });
