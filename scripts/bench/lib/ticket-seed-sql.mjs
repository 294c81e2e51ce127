/**
 * The SQL that seeds tickets in bulk: one statement draws a plan (one row per new ticket with every
 * relation and timestamp chosen, in a temporary table), then one INSERT … SELECT per table copies
 * it into the ticket table and each relation's link table. Table and column names are the ones in
 * ./ticket-seed-schema.mjs, checked against the database before this runs.
 */
import {
  ASSIGNEE_SHARE,
  CATEGORY_SHARE,
  COMMON_AREA_SHARE,
  DEPARTMENT_SHARE,
  HISTORY_DAYS,
  OLDER_STATES,
  PRIORITY_SHARES_BY_URGENCY,
  RECENT_DAYS,
  RECENT_STATES,
  RESIDENT_VISIBILITY,
  STAFF_SHARE,
  STAFF_VISIBILITY,
  SUMMARIES,
  TENANT_SHARE,
  UNTRIAGED_NEW_SHARE,
  weighted,
} from './ticket-mix.mjs';

const PLAN_TABLE = 'bench_ticket_plan';
/** Seeded rows are recognisable by their documentId (unique: the ticket id, zero-padded). */
const DOCUMENT_ID_PREFIX = 'bench';
const NOW = "(now() AT TIME ZONE 'UTC')";

/** Numbered, typed placeholders for node-postgres. */
function parameters() {
  const values = [];
  const add = (value, type) => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  return { values, add };
}

const uniform = (array, draw) => `(${array})[1 + floor(${draw} * cardinality(${array}))::int]`;
const weightedPick = ({ values, bounds }, draw) => `(${values})[width_bucket(${draw}, ${bounds})]`;

/**
 * Draws `count` tickets into PLAN_TABLE (dropped at commit). `estate` holds the ids to draw from:
 * places (every unit with its location; a share of reports leave the unit out, for common areas),
 * the tenant and their place, residents,
 * priorities (most urgent first, with their SLA hours), types, categories, departments, admins.
 */
export function planStatement(estate, count) {
  const { values, add } = parameters();
  const choice = (shares, type) => {
    const { values: options, lowerBounds } = weighted(shares);
    return { values: add(options, `${type}[]`), bounds: add(lowerBounds, 'float8[]') };
  };
  const priorities = estate.priorities.map((priority) => priority.id);
  const priorityShares = Object.fromEntries(priorities.map((id, index) => [id, PRIORITY_SHARES_BY_URGENCY[index] ?? PRIORITY_SHARES_BY_URGENCY.at(-1)]));
  const p = {
    count: add(count, 'int'),
    tenantShare: add(TENANT_SHARE, 'float8'),
    staffShare: add(STAFF_SHARE, 'float8'),
    history: add(HISTORY_DAYS, 'float8'),
    recent: add(RECENT_DAYS, 'float8'),
    placeLocations: add(estate.places.map((place) => place.locationId), 'int[]'),
    placeUnits: add(estate.places.map((place) => place.unitId), 'int[]'),
    commonAreaShare: add(COMMON_AREA_SHARE, 'float8'),
    tenant: add(estate.tenant.userId, 'int'),
    tenantLocation: add(estate.tenant.locationId, 'int'),
    tenantUnit: add(estate.tenant.unitId, 'int'),
    residents: add(estate.residents, 'int[]'),
    recentStates: choice(RECENT_STATES, 'text'),
    olderStates: choice(OLDER_STATES, 'text'),
    residentVisibility: choice(RESIDENT_VISIBILITY, 'text'),
    staffVisibility: choice(STAFF_VISIBILITY, 'text'),
    untriaged: add(UNTRIAGED_NEW_SHARE, 'float8'),
    priorities: choice(priorityShares, 'int'),
    types: add(estate.types, 'int[]'),
    categories: add(estate.categories, 'int[]'),
    categoryShare: add(CATEGORY_SHARE, 'float8'),
    departments: add(estate.departments, 'int[]'),
    departmentShare: add(DEPARTMENT_SHARE, 'float8'),
    admins: add(estate.admins, 'int[]'),
    assigneeShare: add(ASSIGNEE_SHARE, 'float8'),
    summaries: add(SUMMARIES, 'text[]'),
  };
  const hours = (column, fallback) => `coalesce(${column}, ${fallback}) * interval '1 hour'`;
  const text = `
    CREATE TEMP TABLE ${PLAN_TABLE} ON COMMIT DROP AS
    WITH draws AS (
      SELECT nextval(pg_get_serial_sequence('sr_tickets', 'id'))::int AS id,
             random() AS r_who, random() AS r_place, random() AS r_reporter, random() AS r_age, random() AS r_state,
             random() AS r_visibility, random() AS r_triage, random() AS r_priority, random() AS r_kind, random() AS r_category,
             random() AS r_department, random() AS r_assignee, random() AS r_respond, random() AS r_resolve, random() AS r_text,
             random() AS r_common_area
        FROM generate_series(1, ${p.count})
    ), authored AS (
      SELECT d.*,
             CASE WHEN d.r_who < ${p.tenantShare} THEN 'tenant' WHEN d.r_who < ${p.tenantShare} + ${p.staffShare} THEN 'staff' ELSE 'resident' END AS author,
             ${NOW} - d.r_age * ${p.history} * interval '1 day' AS created_at,
             d.r_age * ${p.history} < ${p.recent} AS recent
        FROM draws d
    ), placed AS (
      SELECT a.*,
             CASE a.author WHEN 'tenant' THEN ${p.tenantLocation} ELSE ${uniform(p.placeLocations, 'a.r_place')} END AS location_id,
             CASE WHEN a.author = 'tenant' THEN ${p.tenantUnit} WHEN a.r_common_area >= ${p.commonAreaShare} THEN ${uniform(p.placeUnits, 'a.r_place')} END AS unit_id,
             CASE a.author WHEN 'tenant' THEN ${p.tenant} WHEN 'resident' THEN ${uniform(p.residents, 'a.r_reporter')} END AS reporter_id,
             CASE WHEN a.recent THEN ${weightedPick(p.recentStates, 'a.r_state')} ELSE ${weightedPick(p.olderStates, 'a.r_state')} END AS state,
             CASE a.author WHEN 'staff' THEN ${weightedPick(p.staffVisibility, 'a.r_visibility')} ELSE ${weightedPick(p.residentVisibility, 'a.r_visibility')} END AS drawn_visibility
        FROM authored a
    ), triaged AS (
      SELECT pl.*,
             -- The triage gate: only a new ticket may lack a type and a priority.
             pl.state <> 'new' OR pl.r_triage >= ${p.untriaged} AS is_triaged,
             CASE WHEN pl.drawn_visibility = 'unit' AND pl.unit_id IS NULL THEN 'block' ELSE pl.drawn_visibility END AS final_visibility
        FROM placed pl
    ), related AS (
      SELECT t.*,
             CASE WHEN t.is_triaged THEN ${weightedPick(p.priorities, 't.r_priority')} END AS priority_id,
             CASE WHEN t.is_triaged THEN ${uniform(p.types, 't.r_kind')} END AS type_id,
             -- The same draw decides whether and which: below the share, rescaled to [0, 1).
             CASE WHEN t.r_category < ${p.categoryShare} THEN ${uniform(p.categories, `(t.r_category / ${p.categoryShare})`)} END AS category_id,
             CASE WHEN t.is_triaged AND t.r_department < ${p.departmentShare} THEN ${uniform(p.departments, `(t.r_department / ${p.departmentShare})`)} END AS department_id,
             CASE WHEN t.is_triaged AND t.r_assignee < ${p.assigneeShare} THEN ${uniform(p.admins, `(t.r_assignee / ${p.assigneeShare})`)} END AS assignee_id
        FROM triaged t
    ), timed AS (
      SELECT r.*,
             r.created_at + pr.first_response_hours * interval '1 hour' AS first_response_due_at,
             r.created_at + pr.resolution_hours * interval '1 hour' AS resolution_due_at,
             CASE WHEN r.state IN ('in_progress', 'on_hold', 'resolved', 'closed')
                  THEN least(r.created_at + r.r_respond * 1.5 * ${hours('pr.first_response_hours', 24)}, ${NOW}) END AS first_responded_at,
             CASE WHEN r.state IN ('resolved', 'closed')
                  THEN least(r.created_at + (0.1 + r.r_resolve * 1.3) * ${hours('pr.resolution_hours', 168)}, ${NOW}) END AS resolved_raw
        FROM related r
        LEFT JOIN sr_priorities pr ON pr.id = r.priority_id
    ), ended AS (
      SELECT tm.*,
             greatest(tm.resolved_raw, tm.first_responded_at) AS resolved_at,
             CASE WHEN tm.state = 'closed' THEN least(greatest(tm.resolved_raw, tm.first_responded_at) + interval '3 days', ${NOW}) END AS closed_at
        FROM timed tm
    )
    SELECT id, location_id, unit_id, reporter_id, priority_id, type_id, category_id, department_id, assignee_id,
           state, final_visibility AS visibility,
           CASE author WHEN 'staff' THEN 'staff' ELSE 'portal' END AS source,
           ${uniform(p.summaries, 'r_text')} AS summary,
           created_at, first_response_due_at, resolution_due_at, first_responded_at, resolved_at, closed_at,
           CASE WHEN state = 'cancelled' THEN least(created_at + r_respond * interval '2 days', ${NOW})
                ELSE coalesce(closed_at, resolved_at, first_responded_at) END AS state_changed_at,
           -- Targets already missed were alerted when they were missed: the SLA job has nothing to send.
           CASE WHEN first_response_due_at < coalesce(first_responded_at, ${NOW}) THEN first_response_due_at END AS first_response_breach_alerted_at,
           CASE WHEN resolution_due_at < coalesce(resolved_at, ${NOW}) THEN resolution_due_at END AS resolution_breach_alerted_at
      FROM ended`;
  return { text, values };
}

export const INSERT_TICKETS = `
  INSERT INTO sr_tickets (id, document_id, summary, description, state, visibility, notify_on_update, source,
                          state_changed_at, first_response_due_at, resolution_due_at, first_responded_at, resolved_at, closed_at,
                          first_response_breach_alerted_at, resolution_breach_alerted_at, created_at, updated_at, published_at)
  SELECT id, '${DOCUMENT_ID_PREFIX}' || lpad(id::text, 19, '0'), summary,
         summary || '. Noticed on ' || to_char(created_at, 'FMDay') || '; please send someone to have a look.',
         state, visibility, true, source,
         state_changed_at, first_response_due_at, resolution_due_at, first_responded_at, resolved_at, closed_at,
         first_response_breach_alerted_at, resolution_breach_alerted_at,
         created_at, coalesce(state_changed_at, created_at), created_at
    FROM ${PLAN_TABLE}`;

/** Link table, its column for the related row, and the plan's column holding that row's id. */
const LINKS = [
  ['sr_tickets_location_lnk', 'location_id', 'location_id'],
  ['sr_tickets_unit_lnk', 'unit_id', 'unit_id'],
  ['sr_tickets_reporter_lnk', 'user_id', 'reporter_id'],
  ['sr_tickets_priority_lnk', 'priority_id', 'priority_id'],
  ['sr_tickets_ticket_type_lnk', 'ticket_type_id', 'type_id'],
  ['sr_tickets_category_lnk', 'ticket_category_id', 'category_id'],
  ['sr_tickets_department_lnk', 'department_id', 'department_id'],
  ['sr_tickets_assignee_lnk', 'user_id', 'assignee_id'],
];

export const INSERT_LINKS = LINKS.map(
  ([table, column, planColumn]) => `INSERT INTO ${table} (ticket_id, ${column}) SELECT id, ${planColumn} FROM ${PLAN_TABLE} WHERE ${planColumn} IS NOT NULL`,
);

/** `count` portal users who report problems (no password: nobody signs in as them), with `roleId`. */
export function residentsStatements({ count, roleId, emailDomain }) {
  const users = {
    text: `
      INSERT INTO up_users (document_id, username, email, provider, confirmed, blocked, created_at, updated_at, published_at)
      SELECT 'benchresident' || lpad(n::text, 11, '0'), 'Resident ' || n, 'resident-' || n || '@' || $2::text, 'local', true, false, ${NOW}, ${NOW}, ${NOW}
        FROM generate_series(1, $1::int) AS n
      RETURNING id`,
    values: [count, emailDomain],
  };
  const roles = (userIds) => ({
    text: `
      INSERT INTO up_users_role_lnk (user_id, role_id, user_ord)
      SELECT u.id, $2::int, (SELECT coalesce(max(user_ord), 0) FROM up_users_role_lnk WHERE role_id = $2::int) + u.n
        FROM unnest($1::int[]) WITH ORDINALITY AS u(id, n)`,
    values: [userIds, roleId],
  });
  return { users, roles };
}
