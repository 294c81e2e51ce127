/**
 * Fills the bench database with tickets straight in SQL (100,000 in seconds; through the API it
 * would take the better part of an hour): `removeReports`, then `seedTicketsUpTo(1_000)`, measure,
 * `seedTicketsUpTo(100_000)`, measure again. Who reports, where, in which state and with which
 * relations follows ./ticket-mix.mjs; the statements are in ./ticket-seed-sql.mjs.
 */
import { BENCH_RESIDENTS } from './ticket-mix.mjs';
import { INSERT_LINKS, INSERT_TICKETS, planStatement, residentsStatements } from './ticket-seed-sql.mjs';
import { assertSeedSchema, TICKET_LINK_TABLES } from './ticket-seed-schema.mjs';
import { TENANT, TENANT_PLACE } from './tenant.mjs';

const RESIDENT_EMAIL_DOMAIN = 'residents.bench.invalid';

const ids = async (client, sql, values) => (await client.query(sql, values)).rows.map((row) => row.id);

async function firstRow(client, what, sql, values) {
  const { rows } = await client.query(sql, values);
  if (rows.length === 0) throw new Error(`No ${what} in the bench database: is the demo data seeded?`);
  return rows[0];
}

/** The bench's residents, made the first time: they report most of the tickets. */
async function ensureResidents(client, roleId) {
  const existing = await ids(client, 'SELECT id FROM up_users WHERE email LIKE $1 ORDER BY id', [`%@${RESIDENT_EMAIL_DOMAIN}`]);
  if (existing.length > 0) return existing;
  const statements = residentsStatements({ count: BENCH_RESIDENTS, roleId, emailDomain: RESIDENT_EMAIL_DOMAIN });
  const created = await ids(client, statements.users.text, statements.users.values);
  const roles = statements.roles(created);
  await client.query(roles.text, roles.values);
  return created;
}

/** The ids the tickets are drawn from: the demo estate, the lists seeded at boot, the residents. */
async function readEstate(client) {
  const tenantPlace = await firstRow(
    client,
    `${TENANT_PLACE.location}, ${TENANT_PLACE.unit}`,
    `SELECT l.id AS location_id, u.id AS unit_id
       FROM pf_locations l
       JOIN pf_units_location_lnk lu ON lu.location_id = l.id
       JOIN pf_units u ON u.id = lu.unit_id
      WHERE l.name = $1 AND u.name = $2`,
    [TENANT_PLACE.location, TENANT_PLACE.unit],
  );
  const tenant = await firstRow(
    client,
    TENANT.identifier,
    'SELECT u.id, r.role_id FROM up_users u JOIN up_users_role_lnk r ON r.user_id = u.id WHERE u.email = $1',
    [TENANT.identifier],
  );
  const { rows: places } = await client.query('SELECT location_id, unit_id FROM pf_units_location_lnk ORDER BY location_id, unit_id');
  const { rows: priorities } = await client.query('SELECT id FROM sr_priorities ORDER BY rank DESC, id');
  const estate = {
    tenant: { userId: tenant.id, locationId: tenantPlace.location_id, unitId: tenantPlace.unit_id },
    places: places.map((place) => ({ locationId: place.location_id, unitId: place.unit_id })),
    residents: await ensureResidents(client, tenant.role_id),
    priorities,
    types: await ids(client, 'SELECT id FROM sr_ticket_types ORDER BY id'),
    categories: await ids(client, 'SELECT id FROM sr_ticket_categories ORDER BY id'),
    departments: await ids(client, 'SELECT id FROM sr_departments ORDER BY id'),
    admins: await ids(client, 'SELECT id FROM admin_users ORDER BY id'),
  };
  for (const [name, list] of Object.entries(estate)) {
    if (Array.isArray(list) && list.length === 0) throw new Error(`No ${name} in the bench database to give the seeded tickets`);
  }
  return estate;
}

const countTickets = async (client) => (await client.query('SELECT count(*)::int AS n FROM sr_tickets')).rows[0].n;

async function withClient(pool, work) {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

/**
 * Removes the tickets `reporterEmail` reported with `summary` (the first scenario's, thousands of
 * identical reports of the tenant's), with their timeline events; the demo data's tickets stay.
 */
export const removeReports = (pool, { summary, reporterEmail }) =>
  withClient(pool, async (client) => {
    await assertSeedSchema(client);
    const { rowCount } = await client.query(
      `WITH reports AS (
         SELECT t.id FROM sr_tickets t
           JOIN sr_tickets_reporter_lnk r ON r.ticket_id = t.id
           JOIN up_users u ON u.id = r.user_id
          WHERE t.summary = $1 AND u.email = $2
       ), events AS (
         DELETE FROM sr_ticket_events
          WHERE id IN (SELECT ticket_event_id FROM sr_ticket_events_ticket_lnk WHERE ticket_id IN (SELECT id FROM reports))
       )
       DELETE FROM sr_tickets WHERE id IN (SELECT id FROM reports)`,
      [summary, reporterEmail],
    );
    return rowCount;
  });

/** Adds tickets until there are `total`, in one transaction, then vacuums and analyses what it wrote. */
export const seedTicketsUpTo = (pool, total) =>
  withClient(pool, async (client) => {
    const started = performance.now();
    await assertSeedSchema(client);
    const before = await countTickets(client);
    const count = total - before;
    if (count <= 0) return { added: 0, total: before, seconds: 0 };
    await client.query('BEGIN');
    try {
      const estate = await readEstate(client);
      // A fixed seed per step: the same tickets every run, and the top-up does not repeat the first draw.
      await client.query('SELECT setseed($1)', [(before % 9973) / 9973]);
      const plan = planStatement(estate, count);
      await client.query(plan.text, plan.values);
      await client.query(INSERT_TICKETS);
      for (const statement of INSERT_LINKS) await client.query(statement);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    // Fresh statistics, or the planner would still plan for a near-empty table; and vacuumed, as a
    // table in service is, so autovacuum does not start during a measured run.
    await client.query(`VACUUM (ANALYZE) sr_tickets, ${TICKET_LINK_TABLES.join(', ')}, up_users, up_users_role_lnk`);
    return { added: count, total: await countTickets(client), seconds: (performance.now() - started) / 1000 };
  });
