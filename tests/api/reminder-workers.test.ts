import { startNotifierProcess, type NotifierProcess, type QueuedMessageInput } from '../support/notifier-process';
import { startSlowSmtpCapture, type SlowSmtpCapture } from '../support/slow-smtp-capture';
import { spawnStrapi, startStrapi, type StrapiProcess } from '../support/strapi-process';
import { waitUntil } from '../support/wait-until';

/**
 * Appointment reminders are outbox rows due later, sent by `npm run worker` processes while the API
 * only enqueues. Here several hundred reminders fall due within two seconds, and workers share them,
 * are stopped (SIGTERM) and are killed (SIGKILL) while sending. Every email goes through a real SMTP
 * server that is a little slow to answer, so a stop or a kill lands with sends in flight.
 *
 * Short lease, reconcile period and grace, and a 500 ms poll, so that recovery takes seconds.
 */
const REMINDERS = 300;
const SMTP_REPLY_DELAY_MS = 40;
const JOBS_ENV = {
  OUTBOX_LEASE_MS: '5000',
  OUTBOX_RECONCILE_EVERY_MS: '1000',
  OUTBOX_RECONCILE_GRACE_MS: '2000',
  JOBS_POLL_INTERVAL_MS: '500',
};
/** Agenda's default lock lifetime (services/jobs.ts): what a lost job would wait for without the outbox's own recovery and the jobs' shorter locks. */
const AGENDA_LOCK_LIFETIME_MS = 10 * 60_000;

let smtp: SlowSmtpCapture;
let api: StrapiProcess;
let notifier: NotifierProcess;
const workers: StrapiProcess[] = [];

const startWorker = async () => {
  const worker = await spawnStrapi({ url: api.url, databaseUrl: api.databaseUrl, env: { ...api.env, ...JOBS_ENV, JOBS_IN_API: 'true' }, script: 'worker.js' });
  workers.push(worker);
  return worker;
};

/** The instance name Agenda records for a worker's locks and runs (services/jobs.ts): host:pid:random. */
const pidOfInstance = (instanceName: string | null) => Number(/:(\d+):[0-9a-f]+$/.exec(instanceName ?? '')?.[1] ?? NaN);

interface Run {
  keys: Set<string>;
  ids: number[];
  /** Whether a received email belongs to this run. */
  owns: (mail: { idempotencyKey: string | undefined }) => boolean;
}

/**
 * Queues `REMINDERS` day-before email reminders through the real notifier in another process,
 * all due between `dueInMs` and `dueInMs + 2 s` from now (their send jobs are scheduled for then).
 */
const queueReminders = async (run: string, dueInMs = 4_000): Promise<Run> => {
  const start = Date.now() + dueInMs;
  const messages: QueuedMessageInput[] = Array.from({ length: REMINDERS }, (_, index) => ({
    channel: 'email',
    recipient: `tenant-${run}-${index}@example.com`,
    template: 'appointment-reminder',
    idempotencyKey: `work-order:${run}-${index}:reminder:1:email-day-before:tenant`,
    availableAt: new Date(start + Math.floor((index * 2_000) / REMINDERS)).toISOString(),
    payload: {
      reference: `WO-${run}-${index}`,
      summary: 'Boiler service',
      locationName: 'Harbour View Court',
      address: '1 Harbour View',
      vendorName: 'Ace Heating',
      startLocal: 'Tue 10:00',
      endLocal: '12:00',
      timezone: 'Europe/London',
      recipientName: `Tenant ${index}`,
      forVendor: false,
    },
  }));
  const [outcome] = await notifier.queue([messages]);
  if (!outcome.ok) throw new Error(`queueing failed: ${outcome.name}: ${outcome.message}`);
  expect(outcome.ids).toHaveLength(REMINDERS);
  const keys = new Set(messages.map((message) => message.idempotencyKey));
  return { keys, ids: outcome.ids, owns: (mail) => mail.idempotencyKey !== undefined && keys.has(mail.idempotencyKey) };
};

const rowsOf = async ({ ids }: Run) =>
  (await api.db.query(`SELECT id, idempotency_key AS key, state, attempts FROM sr_notifications WHERE id = ANY($1::int[]) ORDER BY id`, [ids])).rows as Array<{
    id: number;
    key: string;
    state: string;
    attempts: number;
  }>;

const statesOf = (rows: Array<{ state: string }>) => rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.state]: (counts[row.state] ?? 0) + 1 }), {});

/** How many emails the SMTP server received per key of the run. */
const receivedPerKey = (run: Run) => {
  const counts = new Map<string, number>([...run.keys].map((key) => [key, 0]));
  for (const mail of smtp.messages) if (run.owns(mail)) counts.set(mail.idempotencyKey!, counts.get(mail.idempotencyKey!)! + 1);
  return counts;
};

/** Every reminder received, and its row marked sent (the worker marks it once the server has answered). */
const waitUntilDelivered = async (run: Run, timeoutMs: number) => {
  await smtp.waitForKeys(run.keys, timeoutMs);
  return waitUntil(() => rowsOf(run), (rows) => rows.every((row) => row.state === 'sent'), { timeoutMs: 20_000, everyMs: 100 });
};

/** The send jobs of a run's rows that have finished, with the worker that ran each. */
const finishedSendJobs = async ({ ids }: Run) =>
  (
    await api.db.query(
      `SELECT (data->>'notificationId')::int AS id, last_modified_by AS runner FROM agenda_jobs
        WHERE name = 'notifications.send' AND (data->>'notificationId')::int = ANY($1::int[]) AND last_finished_at IS NOT NULL`,
      [ids],
    )
  ).rows as Array<{ id: number; runner: string | null }>;

/** The outbox reconciler's recurring job in Agenda: one row, whichever worker declared it. */
const reconcilerJob = async () =>
  (await api.db.query(`SELECT locked_at, last_modified_by FROM agenda_jobs WHERE name = 'notifications.reconcile'`)).rows[0] as { locked_at: Date | null; last_modified_by: string | null } | undefined;

interface Crash {
  run: Run;
  victimPid: number;
  killedAt: Date;
  receivedAtKill: number;
  statesAtKill: Record<string, number>;
  sendingAtKill: Set<string>;
  replacement: StrapiProcess;
  replacementStartedAt: number;
  bootMs: number;
}

/** Whether the reconciler's recurring job is locked by the worker with this pid. */
const reconcilerLockedBy = async (pid: number) =>
  (
    await api.db.query(`SELECT count(*)::int AS locked FROM agenda_jobs WHERE name = 'notifications.reconcile' AND locked_at IS NOT NULL AND last_modified_by LIKE $1`, [
      `%:${pid}:%`,
    ])
  ).rows[0].locked === 1;

/** Statements other connections are running on the test database (a stopped worker's last ones finish on the server). */
const othersActive = async () =>
  (
    await api.db.query(
      `SELECT count(*)::int AS active FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()`,
    )
  ).rows[0].active as number;

/**
 * Stops the worker (SIGSTOP) at a moment it does or does not hold the reconciler job's lock, as
 * asked. A stopped worker cannot take or give back a lock, so once its statements in flight have
 * finished, what the database says is what a kill will leave behind.
 */
const freezeWhenReconcilerLock = async (worker: StrapiProcess, held: boolean) => {
  const pid = worker.child.pid!;
  for (let attempt = 1; ; attempt += 1) {
    await waitUntil(() => reconcilerLockedBy(pid), (locked) => locked === held, { timeoutMs: 20_000, everyMs: 10 });
    worker.child.kill('SIGSTOP');
    await waitUntil(othersActive, (active) => active === 0, { timeoutMs: 10_000, everyMs: 5 });
    if ((await reconcilerLockedBy(pid)) === held) return;
    worker.child.kill('SIGCONT');
    if (attempt === 20) throw new Error(`could not stop worker ${pid} with the reconciler lock ${held ? 'held' : 'free'}`);
  }
};

/**
 * The only worker is draining a run of reminders; when a third of them have reached the SMTP
 * server, it is killed (SIGKILL) at a moment it does or does not hold the lock of the reconciler's
 * recurring job, and a replacement worker is started. Which of the two a real crash hits is
 * chance: a worker locks a recurring job up to a poll interval before its run, and while a backlog
 * lasts the reconciler runs back to back, so its lock is held most of the time. Here it is chosen.
 */
const crashMidDrain = async ({ holdingReconcilerLock }: { holdingReconcilerLock: boolean }): Promise<Crash> => {
  expect(workers).toHaveLength(1);
  const [victim] = workers;
  const victimPid = victim.child.pid!;
  const run = await queueReminders(holdingReconcilerLock ? 'sigkill-reconciler-locked' : 'sigkill');
  await smtp.waitForCount(run.owns, Math.ceil(REMINDERS / 3), 60_000);
  await freezeWhenReconcilerLock(victim, holdingReconcilerLock);

  const killedAt = new Date();
  victim.child.kill('SIGKILL');
  await victim.exited;
  const receivedAtKill = smtp.count(run.owns);
  const atKill = await rowsOf(run);
  const lock = await reconcilerJob();
  await victim.stop();
  workers.splice(workers.indexOf(victim), 1);
  // The kill landed where it was meant to.
  expect({ lockedByVictim: Boolean(lock?.locked_at) && pidOfInstance(lock!.last_modified_by) === victimPid }).toEqual({ lockedByVictim: holdingReconcilerLock });
  expect(atKill.filter((row) => row.state === 'sent').length).toBeLessThan(REMINDERS);

  const replacementStartedAt = Date.now();
  const replacement = await startWorker();
  return {
    run,
    victimPid,
    killedAt,
    receivedAtKill,
    statesAtKill: statesOf(atKill),
    sendingAtKill: new Set(atKill.filter((row) => row.state === 'sending').map((row) => row.key)),
    replacement,
    replacementStartedAt,
    bootMs: Date.now() - replacementStartedAt,
  };
};

/**
 * Every reminder of the crashed run is received within `timeoutMs` of the replacement's start and
 * marked sent; a reminder received twice was one the killed worker had claimed ('sending' at the
 * kill) and the server had taken but not yet answered; none is received three times.
 */
const expectRecovered = async (crash: Crash, timeoutMs: number) => {
  const { run, sendingAtKill } = crash;
  const figures = () => {
    const perKey = receivedPerKey(run);
    const arrived = [...perKey.values()].filter((count) => count > 0).length;
    const twice = [...perKey.values()].filter((count) => count > 1).length;
    return (
      `at the kill ${crash.receivedAtKill} of ${REMINDERS} had reached the SMTP server, rows ${JSON.stringify(crash.statesAtKill)}; ` +
      `the replacement worker booted in ${crash.bootMs} ms; ${Date.now() - crash.replacementStartedAt} ms after it was started ` +
      `${arrived} of ${REMINDERS} had arrived, ${twice} of them twice (${sendingAtKill.size} were 'sending' at the kill)`
    );
  };
  try {
    await smtp.waitForKeys(run.keys, timeoutMs - (Date.now() - crash.replacementStartedAt));
  } catch (error) {
    const lock = await reconcilerJob();
    const states = statesOf(await rowsOf(run));
    // The lock's owner name is not evidence: the replacement's every() rewrites last_modified_by.
    console.log(
      `SIGKILL mid-drain, not recovered: ${figures()}; rows now ${JSON.stringify(states)}; reconciler job: ` +
        (lock?.locked_at ? `still locked since ${lock.locked_at.toISOString()}, the killed worker's lock (killed at ${crash.killedAt.toISOString()})` : 'not locked'),
    );
    throw error;
  }
  const recovered = figures();
  const rows = await waitUntilDelivered(run, 1_000);
  console.log(`SIGKILL mid-drain: ${recovered}`);

  const perKey = receivedPerKey(run);
  const duplicated = [...perKey].filter(([, count]) => count > 1).map(([key]) => key);
  expect(statesOf(rows)).toEqual({ sent: REMINDERS });
  expect({ recovered, duplicatedNotSendingAtKill: duplicated.filter((key) => !sendingAtKill.has(key)) }).toEqual({ recovered, duplicatedNotSendingAtKill: [] });
  expect({ recovered, moreDuplicatesThanSending: duplicated.length > sendingAtKill.size }).toEqual({ recovered, moreDuplicatesThanSending: false });
  expect([...perKey].filter(([, count]) => count > 2)).toEqual([]);
};

beforeAll(async () => {
  smtp = await startSlowSmtpCapture({ replyDelayMs: SMTP_REPLY_DELAY_MS });
  api = await startStrapi({ smtpPort: smtp.port, env: { ...JOBS_ENV, JOBS_IN_API: 'false' } });
  // The schema exists once the API answers; the rest can boot side by side.
  [notifier] = await Promise.all([startNotifierProcess({ ...api.env, ...JOBS_ENV }), startWorker(), startWorker()]);
}, 240_000);

afterAll(async () => {
  await notifier?.stop();
  for (const worker of workers) {
    // A worker a failed test left stopped (SIGSTOP) must run again to handle SIGTERM.
    worker.child.kill('SIGCONT');
    await worker.stop().catch(() => {});
  }
  await api?.stop();
  await smtp?.close();
});

describe('Appointment reminders sent by separate workers', () => {
  it('sends each of several hundred reminders due at once exactly once, shared between two workers', async () => {
    const run = await queueReminders('shared');
    const rows = await waitUntilDelivered(run, 60_000);

    const notOnce = [...receivedPerKey(run)].filter(([, count]) => count !== 1);
    expect(notOnce).toEqual([]);
    expect(statesOf(rows)).toEqual({ sent: REMINDERS });
    expect(rows.every((row) => row.attempts === 1)).toBe(true);

    // Who sent what: a send job's row in agenda_jobs keeps the instance name of the worker that ran
    // it (last_modified_by, host:pid:random). A reminder whose only finished job is one job was sent
    // by that job's worker; one with more jobs (the reconciler re-enqueues rows still pending after
    // the grace period) is not attributed, because a job that found the row taken sends nothing.
    const jobs = await waitUntil(
      () => finishedSendJobs(run),
      (finished) => new Set(finished.map((job) => job.id)).size === REMINDERS,
      { timeoutMs: 20_000, everyMs: 100 },
    );
    const jobsPerRow = new Map<number, string[]>();
    for (const job of jobs) jobsPerRow.set(job.id, [...(jobsPerRow.get(job.id) ?? []), job.runner ?? '']);
    const sentBy = new Map<number, number>();
    for (const runners of jobsPerRow.values()) {
      if (runners.length === 1) sentBy.set(pidOfInstance(runners[0]), (sentBy.get(pidOfInstance(runners[0])) ?? 0) + 1);
    }
    const [first, second] = workers;
    const shares = `reminders sent by worker ${first.child.pid}: ${sentBy.get(first.child.pid!) ?? 0}, by worker ${second.child.pid}: ${sentBy.get(second.child.pid!) ?? 0}, not attributed (several jobs): ${[...jobsPerRow.values()].filter((r) => r.length > 1).length}; send jobs run: ${jobs.length}`;
    console.log(`Two workers, ${REMINDERS} reminders due within 2 s: ${shares}`);
    expect({ shares, bothSent: (sentBy.get(first.child.pid!) ?? 0) > 0 && (sentBy.get(second.child.pid!) ?? 0) > 0 }).toEqual({ shares, bothSent: true });
  });

  it('loses and repeats nothing when a worker is stopped (SIGTERM) while sending, and the rest go out in seconds', async () => {
    const [survivor, stopped] = workers;
    const run = await queueReminders('sigterm');
    await smtp.waitForCount(run.owns, Math.ceil(REMINDERS / 3), 60_000);

    const stoppedAt = Date.now();
    stopped.child.kill('SIGTERM');
    await stopped.exited;
    const exitMs = Date.now() - stoppedAt;
    expect({ exitCode: stopped.child.exitCode, signal: stopped.child.signalCode }).toEqual({ exitCode: 0, signal: null });
    // Its shutdown released every job lock it held, so the survivor takes them at its next poll.
    const { rows: locked } = await api.db.query(`SELECT count(*)::int AS count FROM agenda_jobs WHERE locked_at IS NOT NULL AND last_modified_by LIKE $1`, [
      `%:${stopped.child.pid}:%`,
    ]);
    expect(locked[0].count).toBe(0);

    await smtp.waitForKeys(run.keys, 60_000 - (Date.now() - stoppedAt));
    const drainedMs = Date.now() - stoppedAt;
    const rows = await waitUntilDelivered(run, 1_000);
    // What the stopped worker did with the signal: Agenda's drain lets the jobs it had taken run,
    // including those it had locked ahead, and the shutdown then releases what is left.
    const { rows: ranAfterSignal } = await api.db.query(
      `SELECT count(*)::int AS count FROM agenda_jobs WHERE name = 'notifications.send' AND (data->>'notificationId')::int = ANY($1::int[])
          AND last_modified_by LIKE $2 AND last_finished_at >= $3`,
      [run.ids, `%:${stopped.child.pid}:%`, new Date(stoppedAt)],
    );
    const released = /released (\d+) job lock/.exec(stopped.logs.join(''))?.[1] ?? '0';
    const figures =
      `the stopped worker ran ${ranAfterSignal[0].count} send job(s) after the signal, exited with code ${stopped.child.exitCode} after ${exitMs} ms ` +
      `and released ${released} job lock(s); every reminder was out ${drainedMs} ms after the signal ` +
      `(Agenda's default lock lifetime: ${AGENDA_LOCK_LIFETIME_MS / 60_000} min); survivor: ${survivor.child.pid}`;
    console.log(`SIGTERM with ${REMINDERS} reminders being sent: ${figures}`);

    expect({ figures, stoppedWhileSending: ranAfterSignal[0].count > 0 }).toEqual({ figures, stoppedWhileSending: true });
    expect([...receivedPerKey(run)].filter(([, count]) => count !== 1)).toEqual([]);
    expect(statesOf(rows)).toEqual({ sent: REMINDERS });
    expect(drainedMs).toBeLessThan(60_000);
    await stopped.stop();
    workers.splice(workers.indexOf(stopped), 1);
  });
});

describe('Appointment reminders after a worker is killed (SIGKILL) mid-drain', () => {
  it('loses nothing, and only messages the server had taken before they were marked sent go twice', async () => {
    // The kill is timed for a moment the worker holds no lock on the reconciler's job: the other
    // case is the next test's.
    const crash = await crashMidDrain({ holdingReconcilerLock: false });
    await expectRecovered(crash, 60_000);
  });

  describe('while the worker holds the lock of the outbox reconciler job', () => {
    let crash: Crash;
    beforeAll(async () => {
      crash = await crashMidDrain({ holdingReconcilerLock: true });
    });

    // A dead worker's lock on the recurring reconciler is not released: the replacement's every()
    // keeps locked_at. With Agenda's default 10-minute lock lifetime nothing recovered for 10
    // minutes (measured: 595 s); the reconciler's lock now lives 15 s, so recovery takes seconds.
    it('still has every reminder out within 30 s of a replacement worker starting', async () => {
      await expectRecovered(crash, 30_000);
    });
  });
});
