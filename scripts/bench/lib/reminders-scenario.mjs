/**
 * The reminders scenario: 10,000 appointment reminder emails due in the same minute, sent by one
 * job worker and then by two. Each run has a fresh database, its own SMTP sink and its own workers
 * (`node cms/worker.js`, as `npm run worker` starts them); the reminders are queued through the
 * real notifier by a process that only enqueues, as the API does when workers run separately, all
 * due at the start of the next whole minute far enough ahead for the queueing to finish first.
 * From the outbox rows: due to sent per email (p50, p95, max) and the drain (due to the last sent);
 * from the sink: every email received exactly once; from Agenda's table: the send jobs it stored
 * and ran. A lost or doubled email, a row not sent, or a drain that outlasts the time limit fails
 * the run: the bench reports it and ends with exit code 1.
 */
import { ensureDatabase } from '../../lib/embedded-postgres.mjs';
import { connect } from './database.mjs';
import { startJobWorker } from './job-worker.mjs';
import { startNotifier } from './notifier.mjs';
import { deliveryFigures, lockedBeforeFirstSend, nextWholeMinute, nudgedRows, progress, receiptCheck, reminderBatches, sendJobs } from './reminders.mjs';
import { summariseReminders } from './reminders-report.mjs';
import { startSmtpSink } from './smtp-sink.mjs';
import { strapiEnv } from './strapi.mjs';

export const WORKER_COUNTS = [1, 2];
const BATCH_SIZE = 500;
/** The reminders fall due at the first whole minute at least this far away once the workers are up. */
const LEAD_MS = 20_000;
/** A worker's wake-up between polls (the default is 5 s); due jobs are locked ahead by this much. */
const POLL_INTERVAL_MS = 1_000;
const PROGRESS_EVERY_MS = 500;
const PRINT_EVERY_MS = 10_000;
/** From due time: longer than this and the run has stalled (or the product is far too slow). */
const DRAIN_TIMEOUT_MS = 5 * 60_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (value) => value.toLocaleString('en');
const workersLabel = (workers) => `${workers} worker${workers === 1 ? '' : 's'}`;

export const remindersScenario = (reminders) =>
  `${count(reminders)} appointment reminder emails queued through the notifier (${BATCH_SIZE} per call) by a process that only ` +
  `enqueues, all due at the same instant (a whole minute), sent over SMTP by ${WORKER_COUNTS.map(workersLabel).join(' and then by ')} ` +
  `(cms/worker.js, JOBS_POLL_INTERVAL_MS=${POLL_INTERVAL_MS}, outbox defaults), each run on a fresh database`;

export const remindersSettings = (reminders) => ({
  reminders,
  batchSize: BATCH_SIZE,
  leadSeconds: LEAD_MS / 1000,
  pollIntervalMs: POLL_INTERVAL_MS,
  drainTimeoutSeconds: DRAIN_TIMEOUT_MS / 1000,
  workerCounts: WORKER_COUNTS,
});

/**
 * Polls the outbox until no row is waiting or sending any more, or the time limit has passed.
 * Keeps a sample per poll (seconds from due, rows sent, rows being sent, send jobs locked), so a
 * slow start or a stall shows where the time went.
 */
async function waitForDrain({ pool, reminders, due, label }) {
  const deadline = due.getTime() + DRAIN_TIMEOUT_MS;
  const timeline = [];
  let printed = Date.now();
  for (;;) {
    const { states, lockedJobs } = await progress(pool);
    const since = (Date.now() - due.getTime()) / 1000;
    timeline.push({ seconds: Number(since.toFixed(1)), sent: states.sent ?? 0, sending: states.sending ?? 0, lockedJobs });
    const open = (states.pending ?? 0) + (states.sending ?? 0);
    const done = open === 0 && Object.values(states).reduce((sum, n) => sum + n, 0) >= reminders;
    if (done) return { states, timeline, timedOut: false };
    if (Date.now() > deadline) return { states, timeline, timedOut: true };
    if (Date.now() - printed >= PRINT_EVERY_MS) {
      printed = Date.now();
      console.log(`  ${label}: ${count(states.sent ?? 0)} of ${count(reminders)} sent, ${count(lockedJobs)} send jobs locked by workers, ${since.toFixed(0)} s after due`);
    }
    await sleep(PROGRESS_EVERY_MS);
  }
}

async function runOnce({ postgres, workers: workerCount, reminders, track }) {
  const label = workersLabel(workerCount);
  const database = `bench_reminders_${workerCount}w`;
  await ensureDatabase(postgres.serverUrl, database);
  const databaseUrl = postgres.databaseUrl(database);
  const pool = connect(databaseUrl);
  const sink = await startSmtpSink({ keyHeader: 'X-Idempotency-Key' });
  const env = { ...strapiEnv({ databaseUrl, smtpPort: sink.port }), JOBS_POLL_INTERVAL_MS: String(POLL_INTERVAL_MS) };
  const workers = [];
  const failures = [];
  try {
    console.log(`\n${label}: loading the app to queue (fresh database), then starting the ${workerCount === 1 ? 'worker' : 'workers'}…`);
    const notifier = track(`the notifier (${label})`, await startNotifier({ env }));
    for (let index = 1; index <= workerCount; index += 1) {
      workers.push(track(`worker ${index} of ${workerCount}`, await startJobWorker({ name: `worker ${index} of ${workerCount}`, env })));
    }

    const due = nextWholeMinute(Date.now(), LEAD_MS);
    const { batches, keys } = reminderBatches({ count: reminders, due, batchSize: BATCH_SIZE });
    const queueStarted = Date.now();
    const ids = await notifier.queue(batches);
    const queueSeconds = (Date.now() - queueStarted) / 1000;
    await notifier.stop();
    const secondsBeforeDue = (due.getTime() - Date.now()) / 1000;
    console.log(`${label}: ${count(ids.length)} reminders queued in ${queueSeconds.toFixed(1)} s, due at ${due.toISOString()} (${secondsBeforeDue.toFixed(1)} s from now)`);
    if (ids.length !== reminders) failures.push(`the notifier wrote ${count(ids.length)} outbox rows, not ${count(reminders)}`);
    if (secondsBeforeDue <= 0) failures.push(`queueing ended ${(-secondsBeforeDue).toFixed(1)} s after the due time: the reminders were not all waiting when they fell due`);

    await sleep(Math.max(0, due.getTime() - Date.now()));
    const sentEarly = sink.received();
    if (sentEarly > 0) failures.push(`${count(sentEarly)} emails reached the SMTP server before the reminders were due`);
    console.log(`${label}: due now; waiting for the outbox to drain…`);
    const drain = await waitForDrain({ pool, reminders, due, label });
    const delivery = await deliveryFigures(pool, due);
    if (drain.timedOut) {
      failures.push(
        `not drained ${DRAIN_TIMEOUT_MS / 1000} s after due: outbox states ${JSON.stringify(drain.states)}, ` +
          `${count(sink.received())} emails received`,
      );
    }
    if (!drain.timedOut && delivery.sent !== reminders) failures.push(`${count(reminders - delivery.sent)} reminders ended not sent: outbox states ${JSON.stringify(drain.states)}`);

    // Stopped (running jobs finish, locks released) before the counts: nothing more can arrive after.
    for (const worker of workers) await worker.stop();
    const receipts = receiptCheck(keys, sink.receivedPerKey());
    const jobs = { ...(await sendJobs(pool)), rowsNudgedByReconciler: await nudgedRows(pool), lockedBeforeFirstSend: lockedBeforeFirstSend(drain.timeline) };
    const received = sink.received();
    if (receipts.missing > 0) failures.push(`${count(receipts.missing)} reminders never reached the SMTP server (e.g. ${receipts.examples.missing.join(', ')})`);
    if (receipts.duplicated > 0) failures.push(`${count(receipts.duplicated)} duplicate emails reached the SMTP server (e.g. ${receipts.examples.duplicated.join(', ')})`);
    if (receipts.unexpected > 0) failures.push(`${count(receipts.unexpected)} emails that were not the scenario's reminders reached the SMTP server`);

    for (const failure of failures) console.error(`${label}: FAILED: ${failure}`);
    if (failures.length > 0) for (const worker of workers) console.error(`--- last lines from ${worker.name} ---\n${worker.logTail()}`);
    return {
      workers: workerCount,
      due: due.toISOString(),
      queueSeconds: Number(queueSeconds.toFixed(2)),
      secondsLeftBeforeDue: Number(secondsBeforeDue.toFixed(2)),
      ...delivery,
      outboxStates: drain.states,
      emailsReceived: received,
      receipts: { missing: receipts.missing, duplicated: receipts.duplicated, unexpected: receipts.unexpected },
      sendJobs: jobs,
      failures,
      timeline: drain.timeline,
    };
  } finally {
    for (const worker of workers) await worker.stop();
    await sink.close();
    await pool.end();
  }
}

/**
 * `postgres`: the bench's server ({ serverUrl, databaseUrl(name) }); `track(name, process)`: the
 * bench's bookkeeping, so that Ctrl+C or a failure stops what this started.
 */
export async function benchReminders({ postgres, reminders, track }) {
  const runs = [];
  for (const workers of WORKER_COUNTS) runs.push(await runOnce({ postgres, workers, reminders, track: (name, server) => track(name, { ...server, name }) }));
  return { runs, summary: summariseReminders({ runs, reminders }) };
}
