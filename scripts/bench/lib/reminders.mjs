/**
 * The reminders scenario's data: day-before appointment reminder emails, all due at the same
 * instant, as the scheduling service queues them (template, key and payload of the same shape),
 * and what the bench reads back from the outbox and from Agenda's table.
 */
import { percentile } from './load.mjs';

/** The send job the notifier enqueues per outbox row (plugins/service-requests jobs/names.ts). */
const SEND_JOB = 'notifications.send';

/** The start of the first whole minute at least `leadMs` from `now`. */
export const nextWholeMinute = (now, leadMs) => new Date(Math.ceil((now + leadMs) / 60_000) * 60_000);

/** `count` reminders due at `due`, in batches of `batchSize` (one notifier.queue call each). */
export function reminderBatches({ count, due, batchSize }) {
  const messages = Array.from({ length: count }, (_, index) => ({
    channel: 'email',
    recipient: `tenant-${index}@example.com`,
    template: 'appointment-reminder',
    idempotencyKey: `work-order:bench-${index}:reminder:1:email-day-before:tenant`,
    availableAt: due.toISOString(),
    payload: {
      recipientName: `Tenant ${index}`,
      reference: `WO-${String(index).padStart(5, '0')}`,
      summary: 'Boiler service',
      locationName: 'Harbour View Court',
      address: '1 Harbour View, Portsmouth',
      vendorName: 'Ace Heating',
      startLocal: 'Tue 10:00',
      endLocal: '12:00',
      timezone: 'Europe/London',
      forVendor: false,
    },
  }));
  const batches = [];
  for (let start = 0; start < count; start += batchSize) batches.push(messages.slice(start, start + batchSize));
  return { batches, keys: messages.map((message) => message.idempotencyKey) };
}

/** Outbox rows per state, and the send jobs workers hold locked (taken into their queues, not yet finished). */
export async function progress(pool) {
  const { rows } = await pool.query('SELECT state, count(*)::int AS n FROM sr_notifications GROUP BY state');
  const locked = await pool.query('SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND locked_at IS NOT NULL', [SEND_JOB]);
  return { states: Object.fromEntries(rows.map((row) => [row.state, row.n])), lockedJobs: locked.rows[0].n };
}

const round = (value, digits = 3) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/**
 * Due to sent, per sent row (sent_at - available_at), nearest-rank p50 and p95 and the max; the
 * drain (last sent_at - due); the first send; and the claims beyond one per row (a row claimed
 * again after its lease ran out, or retried after a failed send).
 */
export async function deliveryFigures(pool, due) {
  const { rows } = await pool.query("SELECT available_at, sent_at, attempts FROM sr_notifications WHERE state = 'sent'");
  if (rows.length === 0) {
    return { sent: 0, delaySeconds: { p50: null, p95: null, max: null }, firstSentSeconds: null, drainSeconds: null, emailsPerSecond: null, extraClaims: 0 };
  }
  const delays = rows.map((row) => row.sent_at.getTime() - row.available_at.getTime()).sort((a, b) => a - b);
  const sentAt = rows.map((row) => row.sent_at.getTime());
  const seconds = (ms) => round(ms / 1000);
  const last = Math.max(...sentAt);
  return {
    sent: rows.length,
    delaySeconds: { p50: seconds(percentile(delays, 0.5)), p95: seconds(percentile(delays, 0.95)), max: seconds(delays.at(-1)) },
    firstSentSeconds: seconds(Math.min(...sentAt) - due.getTime()),
    drainSeconds: seconds(last - due.getTime()),
    emailsPerSecond: round(rows.length / ((last - due.getTime()) / 1000), 1),
    extraClaims: rows.reduce((sum, row) => sum + row.attempts - 1, 0),
  };
}

/** Rows the outbox reconciler re-enqueued (nudged) at least once because they were still pending past its grace period. */
export async function nudgedRows(pool) {
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM sr_notifications WHERE nudged_at IS NOT NULL');
  return rows[0].n;
}

/** From the drain's samples: the most send jobs the workers held locked before the first email was sent. */
export const lockedBeforeFirstSend = (timeline) => {
  const first = timeline.findIndex((sample) => sample.sent > 0);
  return Math.max(0, ...timeline.slice(0, first === -1 ? timeline.length : first).map((sample) => sample.lockedJobs));
};

/**
 * Agenda's send jobs: rows stored (one per enqueue: the notifier's, the reconciler's nudges, a
 * retry's), rows run to the end, failed or not yet run, and the finished ones per worker instance.
 */
export async function sendJobs(pool) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS stored,
            count(last_finished_at)::int AS finished,
            count(failed_at)::int AS failed,
            count(*) FILTER (WHERE last_run_at IS NULL)::int AS "neverRun"
       FROM agenda_jobs WHERE name = $1`,
    [SEND_JOB],
  );
  const perWorker = await pool.query(
    `SELECT last_modified_by AS instance, count(*)::int AS n FROM agenda_jobs
      WHERE name = $1 AND last_finished_at IS NOT NULL GROUP BY last_modified_by ORDER BY n DESC`,
    [SEND_JOB],
  );
  return { ...rows[0], finishedPerInstance: perWorker.rows.map((row) => row.n) };
}

/** The SMTP sink's receipts for the scenario's keys: missing, received more than once, and strangers. */
export function receiptCheck(keys, receivedPerKey) {
  const expected = new Set(keys);
  let missing = 0;
  let duplicated = 0;
  const examples = { missing: [], duplicated: [] };
  for (const key of keys) {
    const times = receivedPerKey.get(key) ?? 0;
    if (times === 0) {
      missing += 1;
      if (examples.missing.length < 5) examples.missing.push(key);
    } else if (times > 1) {
      duplicated += times - 1;
      if (examples.duplicated.length < 5) examples.duplicated.push(`${key} x${times}`);
    }
  }
  const unexpected = [...receivedPerKey].filter(([key]) => !expected.has(key)).reduce((sum, [, times]) => sum + times, 0);
  return { missing, duplicated, unexpected, examples };
}
