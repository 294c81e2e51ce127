/**
 * The third scenario: do the ticket lists scale? The first scenario's reports are removed (the
 * demo data's tickets stay), tickets are seeded in SQL up to 1,000 and every list of
 * ./ticket-lists.mjs is measured; then the same Strapi process gets 100,000 and the same requests
 * are measured again. At each count the order is: reference, the lists, reference again, so the
 * machine's drift shows.
 */
import { signInAdmin } from './admin.mjs';
import { assertAllSucceeded, measure } from './load.mjs';
import { TICKET_TEXT } from './routes.mjs';
import { signInTenant, TENANT } from './tenant.mjs';
import { assertListsAnswer, headersOf, ticketLists } from './ticket-lists.mjs';
import { summariseTicketLists } from './ticket-lists-report.mjs';
import { removeReports, seedTicketsUpTo } from './ticket-seed.mjs';

export const TICKET_COUNTS = [1_000, 100_000];
// A list that does not scale can take seconds per request under load; that is a figure to show,
// not a reason to give up on the run.
const TIMEOUT_SECONDS = 60;

const count = (value) => value.toLocaleString('en');

export const TICKET_LISTS_SCENARIO =
  'GET the service desk queue (page 1; open, most urgent first; a deep page) as the demo admin and the portal request list as the ' +
  `demo tenant, at ${TICKET_COUNTS.map(count).join(' and then at ')} tickets seeded in SQL, in the same Strapi process`;

export async function benchTicketLists({ strapiUrl, db, settings, warmupSeconds }) {
  const targets = ticketLists(strapiUrl, { adminToken: await signInAdmin(strapiUrl), tenantJwt: (await signInTenant(strapiUrl)).jwt });
  const everything = [...Object.entries(targets.lists), ['reference', targets.reference]];
  const load = (name, list, durationSeconds) =>
    measure({ name, url: list.url, headers: headersOf(list), connections: settings.connections, durationSeconds, timeoutSeconds: TIMEOUT_SECONDS });

  const runs = [];
  const measureRun = async (key, list, tickets, suffix = '') => {
    console.log(`Measuring ${list.label} at ${count(tickets)} tickets${suffix}…`);
    const run = await load(`${list.label}, ${count(tickets)} tickets${suffix}`, list, settings.durationSeconds);
    assertAllSucceeded(run);
    runs.push({ ...run, list: key, tickets });
  };

  const removed = await removeReports(db, { summary: TICKET_TEXT.summary, reporterEmail: TENANT.identifier });
  console.log(`Removed the first scenario's ${count(removed)} reports`);
  const seeding = [];
  for (const tickets of TICKET_COUNTS) {
    const seeded = await seedTicketsUpTo(db, tickets);
    seeding.push(seeded);
    const seen = await assertListsAnswer(targets, tickets);
    console.log(`\n${count(tickets)} tickets (${count(seeded.added)} seeded in ${seeded.seconds.toFixed(1)} s): ${count(seen.openTickets)} open, the tenant's list has an older page`);
    console.log(`Warming up the ticket lists (${warmupSeconds} s each)…`);
    for (const [key, list] of everything) assertAllSucceeded(await load(`warm-up ${key}`, list, warmupSeconds));
    await measureRun('reference', targets.reference, tickets, ', 1st');
    for (const [key, list] of Object.entries(targets.lists)) await measureRun(key, list, tickets);
    await measureRun('reference', targets.reference, tickets, ', 2nd');
  }
  return { seeding, runs, summary: summariseTicketLists({ targets, runs, ticketCounts: TICKET_COUNTS }) };
}
