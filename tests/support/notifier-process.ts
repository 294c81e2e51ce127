import { fork } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './strapi-process';

export type QueueOutcome = { ok: true; ids: number[] } | { ok: false; name: string; message: string };

/** An outbox message as the notifier takes it; `availableAt` as an ISO string (sent over IPC). */
export interface QueuedMessageInput {
  channel: 'email' | 'sms';
  recipient: string;
  template: string;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  availableAt?: string;
}

/**
 * The app loaded once in another process on the same database, queueing through the real
 * notifier.queue on request (see notifier-process.cjs): for tests that queue several times and
 * cannot spend a Strapi boot on each. `queue` resolves once every send job is stored in Agenda.
 */
export async function startNotifierProcess(env: Record<string, string>) {
  const logs: string[] = [];
  const child = fork(path.join(__dirname, 'notifier-process.cjs'), [path.join(ROOT, 'cms')], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));

  const pending = new Map<number, { resolve: (outcomes: QueueOutcome[]) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  child.on('message', (reply: { id: number; outcomes?: QueueOutcome[]; error?: string }) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.outcomes!);
  });

  await new Promise<void>((resolve, reject) => {
    const onExit = () => reject(new Error(`notifier process exited before it was ready\n${logs.join('').slice(-6000)}`));
    child.once('exit', onExit);
    child.once('message', () => {
      child.off('exit', onExit);
      resolve();
    });
  });
  child.on('exit', () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`notifier process exited\n${logs.join('').slice(-6000)}`));
    pending.clear();
  });

  return {
    logs,
    /** Each batch is one notifier.queue call. */
    queue(batches: QueuedMessageInput[][]): Promise<QueueOutcome[]> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, batches });
      });
    },
    /** Disconnects; the process destroys the app and exits. */
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

export type NotifierProcess = Awaited<ReturnType<typeof startNotifierProcess>>;
