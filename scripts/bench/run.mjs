/**
 * `npm run bench`: autocannon on loopback, three scenarios, then the reminders' drain.
 *
 * 1. "Report a problem" (POST a ticket as the demo tenant) against Strapi's generated create route
 *    for a content type of the same shape (the baseline, from ./baseline-plugin). Order: baseline,
 *    ticket, baseline again, so drift of the machine during the run shows. Prints req/s, p50 and
 *    p95 and the budget verdict (ticket p95 at most 2x the mean of the baseline's two p95s).
 *    A missed budget is reported, not an error: the exit code is 0 unless the bench itself broke.
 * 2. The built portal (./lib/portal-scenario.mjs): the home page of a customer contact whose
 *    locations have every feature on (SSR through Astro to Strapi) beside a static page of the same
 *    process. Figures only, no budget.
 * 3. The ticket lists (./lib/ticket-lists-scenario.mjs): the service desk queue and the portal's
 *    request list at 1,000 and then at 100,000 tickets seeded in SQL, each list's p95 at the larger
 *    count beside its own at the smaller; a ratio above 3x is flagged as not scaling. No budget.
 * 4. The reminders (./lib/reminders-scenario.mjs): 10,000 reminder emails due in the same minute,
 *    sent by one job worker and then by two, each run on its own fresh database with the API and the
 *    portal stopped: due to sent p50, p95 and max, and the drain. Every email must reach the SMTP
 *    server exactly once; a lost or doubled one, or a stall, makes the bench exit with code 1.
 *
 * All go into bench-results.json (the portal's under `portal`, the lists' under `ticketLists`, the
 * reminders' under `reminders`).
 *
 * BENCH_SCENARIOS (default all: ticket-create,portal,ticket-lists,reminders) runs some of them, in
 * that order. BENCH_CONNECTIONS (default 10), BENCH_PORTAL_CONNECTIONS (default 20),
 * BENCH_LIST_CONNECTIONS (default 4), BENCH_DURATION (seconds per measured run, default 10) and
 * BENCH_REMINDERS (default 10000).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAll } from '../build.mjs';
import { ensureDatabase, freePort, startEmbeddedPostgres } from '../lib/embedded-postgres.mjs';
import { ROOT } from '../lib/paths.mjs';
import { assertBaselineRelationsStored, connect, waitForOutboxDrained } from './lib/database.mjs';
import { assertAllSucceeded, measure } from './lib/load.mjs';
import { benchPortal, PORTAL_SCENARIO } from './lib/portal-scenario.mjs';
import { printRemindersReport } from './lib/reminders-report.mjs';
import { benchReminders, remindersScenario, remindersSettings } from './lib/reminders-scenario.mjs';
import { printPortalReport, printReport, summarise, writeJson } from './lib/report.mjs';
import { printTicketListsReport } from './lib/ticket-lists-report.mjs';
import { benchTicketLists, TICKET_LISTS_SCENARIO } from './lib/ticket-lists-scenario.mjs';
import { benchedRoutes } from './lib/routes.mjs';
import { startSite } from './lib/site.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';
import { startStrapi } from './lib/strapi.mjs';
import { postOnce, signInTenant } from './lib/tenant.mjs';

const RESULTS_FILE = path.join(ROOT, 'bench-results.json');
const SCENARIOS = ['ticket-create', 'portal', 'ticket-lists', 'reminders'];
const WARMUP_SECONDS = 5;
const PG_STOP_TIMEOUT_MS = 15_000;

const positiveInteger = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not "${process.env[name]}"`);
  return value;
};

const selectedScenarios = () => {
  const names = (process.env.BENCH_SCENARIOS ?? SCENARIOS.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !SCENARIOS.includes(name));
  if (unknown.length > 0 || names.length === 0) throw new Error(`BENCH_SCENARIOS takes a comma-separated list of ${SCENARIOS.join(', ')}, not "${process.env.BENCH_SCENARIOS}"`);
  return new Set(names);
};

// Cleanup steps, run last-added first: the portal, Strapi, the SMTP sink, PostgreSQL, the temp dir.
const cleanups = [];
// Kept for a failure's report: the end of a server's log usually says why.
const servers = {};
let cleaning = null;
const cleanUp = () =>
  (cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error) => console.error(`Cleanup: ${error.message}`));
  })());

// Ctrl+C also reaches Strapi, the portal and PostgreSQL (same process group); they stop on their
// own, and this finishes the rest. embedded-postgres stops its server on signals too.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping…`);
    cleanUp().finally(() => process.exit(code));
  });
}

/** A server process of the bench's: stopped by the cleanup, and killed if the bench exits first. */
function track(name, server) {
  cleanups.push(server.stop);
  servers[name] = server;
  process.on('exit', () => server.running() && server.child.kill('SIGKILL'));
  return server;
}

async function startDatabaseServer() {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'srp-bench-'));
  cleanups.push(async () => fs.rmSync(tempDir, { recursive: true, force: true }));
  // If something exits the process before the cleanup ran to its end, still leave nothing behind.
  process.on('exit', () => fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 }));

  const postgres = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort(), persistent: false });
  // stop() never settles if the server already exited (e.g. on Ctrl+C), hence the time limit.
  cleanups.push(() => Promise.race([postgres.stop(), new Promise((resolve) => setTimeout(resolve, PG_STOP_TIMEOUT_MS))]));
  return postgres;
}

async function startStack(postgres) {
  await ensureDatabase(postgres.serverUrl, 'bench');
  const databaseUrl = postgres.databaseUrl('bench');

  const smtp = await startSmtpSink();
  cleanups.push(smtp.close);

  console.log('Starting Strapi (fresh database, demo data, bench baseline plugin)…');
  const strapi = track('Strapi', await startStrapi({ databaseUrl, smtpPort: smtp.port }));

  const db = connect(databaseUrl);
  cleanups.push(() => db.end());
  return { strapi, smtp, db };
}

/** The first scenario: ticket create beside the baseline, with the outbox drained between runs. */
async function benchTicketCreate({ strapi, smtp, db, settings }) {
  const tenant = await signInTenant(strapi.url);
  const headers = { authorization: `Bearer ${tenant.jwt}` };
  const routes = benchedRoutes(strapi.url, tenant);

  // One request each first: a refusal shows its message here rather than as a count later.
  for (const route of Object.values(routes)) await postOnce(route.url, { jwt: tenant.jwt, body: route.body });
  await assertBaselineRelationsStored(db);

  const load = (name, route, durationSeconds = settings.durationSeconds) =>
    measure({ name, url: route.url, headers, body: route.body, connections: settings.connections, durationSeconds });
  const settle = async (after) => {
    const drained = await waitForOutboxDrained(db);
    if (drained.remaining > 0) console.warn(`${drained.remaining} notification emails still unsent ${drained.seconds} s after ${after}; going on`);
    else console.log(`Outbox drained ${drained.seconds.toFixed(1)} s after ${after} (${smtp.received()} emails received so far)`);
    return drained;
  };

  console.log(`Warming up (${WARMUP_SECONDS} s per route)…`);
  for (const [name, route] of Object.entries(routes)) assertAllSucceeded(await load(`warm-up ${name}`, route, WARMUP_SECONDS));
  await settle('the warm-up');

  const runs = [];
  const measureRun = async (name, route) => {
    console.log(`Measuring ${name}…`);
    const run = await load(name, route);
    assertAllSucceeded(run);
    runs.push(run);
    return run;
  };
  const baselineFirst = await measureRun('baseline (generated create), 1st', routes.baseline);
  const target = await measureRun('ticket create', routes.ticket);
  const afterTicket = await settle('the ticket run');
  const baselineSecond = await measureRun('baseline (generated create), 2nd', routes.baseline);

  const summary = summarise({ baselineRuns: [baselineFirst, baselineSecond], target });
  await settle('the first scenario');
  return { runs, summary, afterTicket };
}

/** Runs the selected scenarios, prints their tables and writes the results; resolves with the exit code. */
async function main() {
  const selected = selectedScenarios();
  const settings = { connections: positiveInteger('BENCH_CONNECTIONS', 10), durationSeconds: positiveInteger('BENCH_DURATION', 10) };
  const portalSettings = { connections: positiveInteger('BENCH_PORTAL_CONNECTIONS', 20), durationSeconds: settings.durationSeconds };
  // A few desk staff and residents at once: ten would queue the slowest lists for longer than a run.
  const listSettings = { connections: positiveInteger('BENCH_LIST_CONNECTIONS', 4), durationSeconds: settings.durationSeconds };
  const reminderSettings = remindersSettings(positiveInteger('BENCH_REMINDERS', 10_000));
  await buildAll({ admin: false });
  const postgres = await startDatabaseServer();
  const needsApi = ['ticket-create', 'portal', 'ticket-lists'].some((name) => selected.has(name));
  const { strapi, smtp, db } = needsApi ? await startStack(postgres) : {};

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model },
    scenarios: SCENARIOS.filter((name) => selected.has(name)),
  };
  const reports = [];

  if (selected.has('ticket-create')) {
    const { runs, summary, afterTicket } = await benchTicketCreate({ strapi, smtp, db, settings });
    reports.push(() => printReport({ runs, summary, settings }));
    Object.assign(results, {
      settings: { ...settings, warmupSeconds: WARMUP_SECONDS },
      latencyNote: 'p50Ms and p95Ms: nearest-rank percentiles of every 2xx response time; autocannon.* are its own whole-ms histogram figures',
      runs,
      ...summary,
      outbox: { drainSecondsAfterTicketRun: afterTicket.seconds, unsentAfterDrain: afterTicket.remaining, emailsReceived: smtp.received() },
    });
  }

  // The portal starts only now, so the first scenario runs exactly as before.
  if (selected.has('portal')) {
    console.log('\nStarting the portal (site/dist, node adapter standalone)…');
    const site = track('the portal', await startSite({ strapiUrl: strapi.url }));
    const portal = await benchPortal({ strapiUrl: strapi.url, siteUrl: site.url, settings: portalSettings, warmupSeconds: WARMUP_SECONDS });
    reports.push(() => printPortalReport({ runs: portal.runs, summary: portal.summary, settings: portalSettings }));
    results.portal = {
      description: PORTAL_SCENARIO,
      settings: { ...portalSettings, warmupSeconds: WARMUP_SECONDS },
      featuresOn: portal.features,
      runs: portal.runs,
      ...portal.summary,
    };
  }

  // After the HTTP scenarios, as it removes the first scenario's reports and leaves 100,000 tickets behind.
  if (selected.has('ticket-lists')) {
    console.log('\nTicket lists: seeding and measuring…');
    const lists = await benchTicketLists({ strapiUrl: strapi.url, db, settings: listSettings, warmupSeconds: WARMUP_SECONDS });
    reports.push(() => printTicketListsReport({ summary: lists.summary, settings: listSettings }));
    results.ticketLists = {
      description: TICKET_LISTS_SCENARIO,
      settings: { ...listSettings, warmupSeconds: WARMUP_SECONDS },
      seeding: lists.seeding,
      runs: lists.runs,
      ...lists.summary,
    };
  }

  // Last, on databases of its own; the API and the portal are done by then and stopped, so that
  // only the workers, PostgreSQL and the SMTP sink are busy while the reminders drain.
  let remindersPass = true;
  if (selected.has('reminders')) {
    for (const server of [servers['the portal'], servers.Strapi]) await server?.stop();
    console.log(`\nReminders: ${reminderSettings.reminders.toLocaleString('en')} due in the same minute, one worker and then two…`);
    const reminders = await benchReminders({ postgres, reminders: reminderSettings.reminders, track });
    reports.push(() => printRemindersReport({ runs: reminders.runs, summary: reminders.summary, settings: reminderSettings }));
    results.reminders = { description: remindersScenario(reminderSettings.reminders), settings: reminderSettings, runs: reminders.runs, ...reminders.summary };
    remindersPass = reminders.summary.pass;
  }

  for (const report of reports) report();
  await writeJson(RESULTS_FILE, results);
  console.log(`Results written to ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  return remindersPass ? 0 : 1;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(`\nBench failed: ${error.message}`);
    for (const [name, server] of Object.entries(servers)) console.error(`--- last lines from ${name} ---\n${server.logTail()}`);
    await cleanUp();
    process.exit(1);
  });
