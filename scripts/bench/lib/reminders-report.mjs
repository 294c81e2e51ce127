/**
 * The reminders scenario's verdict: per run (one worker, two workers) due to sent p50, p95 and max,
 * the drain, the emails the SMTP server received and the send jobs Agenda stored and ran; and, for
 * context, the two workers' drain over the one worker's. A run passes when every reminder was sent
 * and received exactly once within the time limit. No latency budget: figures only.
 */
import { printAligned } from './table.mjs';

const round = (value, digits = 3) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

export function summariseReminders({ runs, reminders }) {
  const [one, two] = [runs.find((run) => run.workers === 1), runs.find((run) => run.workers === 2)];
  const drainRatio = one && two && one.failures.length === 0 && two.failures.length === 0 ? round(two.drainSeconds / one.drainSeconds) : null;
  return {
    rule: `every one of the ${reminders.toLocaleString('en')} reminders sent and received by the SMTP server exactly once`,
    pass: runs.every((run) => run.failures.length === 0),
    drainRatioTwoWorkersOverOne: drainRatio,
  };
}

const seconds = (value) => (value === null ? '-' : value.toFixed(1));
const count = (value) => value.toLocaleString('en');
const workersOf = (run) => `${run.workers} worker${run.workers === 1 ? '' : 's'}`;

export function printRemindersReport({ runs, summary, settings }) {
  console.log(`\nReminders: ${count(settings.reminders)} emails due in the same minute, sent by job workers (cms/worker.js)`);
  console.log(`queued through the notifier in calls of ${settings.batchSize}; workers poll every ${settings.pollIntervalMs} ms; times in seconds from due; emails/s: reminders / drain\n`);
  const header = ['workers', 'p50', 'p95', 'max', 'first sent', 'drain', 'emails/s', 'emails received', 'send jobs stored / run', 'verdict'];
  const rows = runs.map((run) => [
    String(run.workers),
    seconds(run.delaySeconds.p50),
    seconds(run.delaySeconds.p95),
    seconds(run.delaySeconds.max),
    seconds(run.firstSentSeconds),
    seconds(run.drainSeconds),
    run.emailsPerSecond === null ? '-' : run.emailsPerSecond.toFixed(0),
    count(run.emailsReceived),
    `${count(run.sendJobs.stored)} / ${count(run.sendJobs.finished)}`,
    run.failures.length === 0 ? 'ok' : 'FAILED',
  ]);
  printAligned(header, rows);
  for (const run of runs) {
    const { stored, rowsNudgedByReconciler, lockedBeforeFirstSend, finishedPerInstance } = run.sendJobs;
    const who = workersOf(run);
    console.log(`${who}: ${count(lockedBeforeFirstSend)} send jobs locked by the workers before the first email went out`);
    if (stored > settings.reminders) {
      console.log(`${who}: ${count(stored - settings.reminders)} send jobs beyond one per reminder, from the outbox reconciler (it re-enqueued ${count(rowsNudgedByReconciler)} rows still pending past its grace period)`);
    }
    if (finishedPerInstance.length > 1) console.log(`${who}: send jobs run per worker ${finishedPerInstance.map(count).join(' and ')}`);
    if (run.extraClaims > 0) console.log(`${who}: ${count(run.extraClaims)} claims beyond one per reminder (a lease ran out, or a send was retried)`);
    for (const failure of run.failures) console.log(`${who}: FAILED: ${failure}`);
  }
  const ratio = summary.drainRatioTwoWorkersOverOne;
  console.log(`\ndrain, two workers / one: ${ratio === null ? '- (a run failed)' : `${ratio.toFixed(2)}x`}`);
  console.log(`Rule: ${summary.rule}: ${summary.pass ? 'PASS' : 'FAIL'}`);
}
