/**
 * The tables and columns the ticket seeding reads and writes, as Strapi creates them from the
 * content-type schemas (read from information_schema on a booted bench database). The seeding SQL
 * is written against exactly these names; `assertSeedSchema` stops the bench with a clear message
 * when a schema change moved one, or added a NOT NULL column the seeding would leave empty.
 */

/** Columns written, per table. */
export const WRITTEN = {
  sr_tickets: [
    'id', 'document_id', 'summary', 'description', 'state', 'visibility', 'notify_on_update', 'source',
    'state_changed_at', 'first_response_due_at', 'resolution_due_at', 'first_responded_at', 'resolved_at', 'closed_at',
    'first_response_breach_alerted_at', 'resolution_breach_alerted_at', 'created_at', 'updated_at', 'published_at',
  ],
  sr_tickets_location_lnk: ['ticket_id', 'location_id'],
  sr_tickets_unit_lnk: ['ticket_id', 'unit_id'],
  sr_tickets_reporter_lnk: ['ticket_id', 'user_id'],
  sr_tickets_priority_lnk: ['ticket_id', 'priority_id'],
  sr_tickets_ticket_type_lnk: ['ticket_id', 'ticket_type_id'],
  sr_tickets_category_lnk: ['ticket_id', 'ticket_category_id'],
  sr_tickets_department_lnk: ['ticket_id', 'department_id'],
  sr_tickets_assignee_lnk: ['ticket_id', 'user_id'],
  up_users: ['document_id', 'username', 'email', 'provider', 'confirmed', 'blocked', 'created_at', 'updated_at', 'published_at'],
  up_users_role_lnk: ['user_id', 'role_id', 'user_ord'],
};

/** Columns only read: the demo estate and the ticketing lists seeded at boot. */
const READ = {
  pf_locations: ['id', 'name'],
  pf_units: ['id', 'name'],
  pf_units_location_lnk: ['unit_id', 'location_id'],
  up_users: ['id', 'email'],
  admin_users: ['id'],
  sr_priorities: ['id', 'rank', 'first_response_hours', 'resolution_hours'],
  sr_ticket_types: ['id'],
  sr_ticket_categories: ['id'],
  sr_departments: ['id'],
  // Deleted with the reports they belong to.
  sr_ticket_events: ['id'],
  sr_ticket_events_ticket_lnk: ['ticket_event_id', 'ticket_id'],
};

/** Every link table of a ticket relation: vacuumed and analysed with the tickets after seeding. */
export const TICKET_LINK_TABLES = Object.keys(WRITTEN).filter((table) => table.startsWith('sr_tickets_'));

export async function assertSeedSchema(pool) {
  const tables = [...new Set([...Object.keys(WRITTEN), ...Object.keys(READ)])];
  const { rows } = await pool.query(
    `SELECT table_name, column_name, is_nullable = 'NO' AND column_default IS NULL AS required
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1)`,
    [tables],
  );
  const columnsOf = (table) => rows.filter((row) => row.table_name === table);
  const problems = [];
  for (const table of tables) {
    const present = new Set(columnsOf(table).map((row) => row.column_name));
    const used = [...(WRITTEN[table] ?? []), ...(READ[table] ?? [])];
    const missing = used.filter((column) => !present.has(column));
    if (missing.length > 0) problems.push(`${table} has no ${missing.join(', ')}`);
    const unfilled = columnsOf(table).filter((row) => row.required && WRITTEN[table] && !WRITTEN[table].includes(row.column_name));
    if (unfilled.length > 0) problems.push(`${table} requires ${unfilled.map((row) => row.column_name).join(', ')}, which the seeding leaves empty`);
  }
  if (problems.length > 0) {
    throw new Error(`The ticket seeding SQL no longer matches the database (scripts/bench/lib/ticket-seed-schema.mjs):\n- ${problems.join('\n- ')}`);
  }
}
