import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Enqueues `count` runs of a job through real Agenda, as another process would. Returns their ids. */
export async function enqueueJob(databaseUrl: string, name: string, data: object, count = 1): Promise<string[]> {
  const { stdout } = await run(process.execPath, [path.join(__dirname, 'enqueue-job.mjs'), databaseUrl, name, JSON.stringify(data), String(count)]);
  return JSON.parse(stdout);
}
