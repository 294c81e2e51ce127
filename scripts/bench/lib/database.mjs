/** What the bench reads straight from PostgreSQL: the outbox backlog and the baseline's relations. */
import pg from 'pg';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function connect(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  // An idle connection dropped by a stopping server (Ctrl+C reaches PostgreSQL too) is no reason
  // to crash before the cleanup has run.
  pool.on('error', () => {});
  return pool;
}

const backlog = async (pool) => {
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM sr_notifications WHERE state IN ('pending', 'sending')");
  return rows[0].n;
};

/**
 * Waits until every queued notification email has been sent, so the jobs a measured ticket run
 * left behind do not slow the next measured run. Gives up (and says so) after `timeoutMs`.
 */
export async function waitForOutboxDrained(pool, { timeoutMs = 300_000 } = {}) {
  const started = Date.now();
  let remaining = await backlog(pool);
  while (remaining > 0 && Date.now() - started < timeoutMs) {
    await sleep(250);
    remaining = await backlog(pool);
  }
  return { seconds: (Date.now() - started) / 1000, remaining };
}

/**
 * The generated route silently drops relations the caller may not write; the baseline is only a
 * fair comparison if it stored all three, as the ticket route does.
 */
export async function assertBaselineRelationsStored(pool) {
  for (const relation of ['location', 'unit', 'reporter']) {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM bench_baseline_tickets_${relation}_lnk`);
    if (rows[0].n === 0) throw new Error(`The baseline route stored no ${relation}: it would be measured doing less than a ticket`);
  }
}
