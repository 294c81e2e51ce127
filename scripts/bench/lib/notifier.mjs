/**
 * The notifier as app code calls it, in a process of its own (./notifier-process.cjs): the Strapi
 * app loaded once on the bench's database with jobs only enqueued, as an API whose jobs run in
 * workers. `queue(batches)` resolves with the ids written once every send job is stored in Agenda.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_DIR, NODE } from '../../lib/paths.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'notifier-process.cjs');
const TAIL_CHARS = 6000;
const STOP_TIMEOUT_MS = 30_000;

export async function startNotifier({ env }) {
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-TAIL_CHARS);
  };
  const child = fork(SCRIPT, [CMS_DIR], { cwd: CMS_DIR, env, execPath: NODE, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const running = () => child.exitCode === null && child.signalCode === null;

  const pending = new Map();
  let nextId = 1;
  child.on('message', (reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.ids);
  });
  child.on('exit', () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`The notifier process exited\n${output}`));
    pending.clear();
  });

  await new Promise((resolve, reject) => {
    const onExit = () => reject(new Error(`The notifier process exited before it was ready\n${output}`));
    child.once('exit', onExit);
    child.once('message', () => {
      child.off('exit', onExit);
      resolve();
    });
  });

  return {
    child,
    running,
    logTail: () => output,
    /** Each batch is one notifier.queue call; messages' `availableAt` as ISO strings. */
    queue(batches) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, batches });
      });
    },
    /** Disconnects: the process destroys the app (its Agenda included) and exits. */
    async stop() {
      if (!running()) return;
      if (child.connected) child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
