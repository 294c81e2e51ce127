import request from 'supertest';
import { enqueueJob } from '../support/agenda-client';
import { updateThroughDocumentService } from '../support/document-service';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { byName, ticketingLists } from '../support/ticketing-lists';
import { waitUntil } from '../support/wait-until';

/**
 * The ticket lifecycle through the API: the triage gate on every path that writes a ticket, the
 * transition table, the timeline, routing, SLA targets and breach alerts, the reporter's emails,
 * cancelling and rating. Emails are captured over SMTP; jobs run in Agenda for real.
 */
const POOL_MAX = 4;
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let harbour: PlaceView;
let lists: { types: Record<string, string>; priorities: Record<string, string>; categories: Record<string, string> };

const desk = () => withToken(strapi.url, adminToken);
const tenant = () => withToken(strapi.url, tenantJwt);

const report = async (summary: string, extra: Record<string, string> = {}) => {
  const response = await tenant().post('/api/service-requests/tickets', {
    summary,
    description: 'Details of the problem',
    location: harbour.location.documentId,
    unit: harbour.unit!.documentId,
    visibility: 'unit',
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.body.data.documentId as string;
};

const triage = (documentId: string, input: Record<string, unknown> = { type: lists.types.Repair, priority: lists.priorities.Normal }) =>
  desk().put(`/service-requests/tickets/${documentId}/triage`, input);

const act = (documentId: string, event: string, note?: string) => desk().post(`/service-requests/tickets/${documentId}/transitions`, { event, note });

const ticketRow = async (documentId: string) =>
  (await strapi.db.query(`SELECT id, state, summary, visibility, first_response_due_at, resolution_due_at, first_responded_at, resolved_at, created_at FROM sr_tickets WHERE document_id = $1`, [documentId])).rows[0];

const outboxKeys = async (pattern: string) =>
  (await strapi.db.query(`SELECT idempotency_key AS key FROM sr_notifications WHERE idempotency_key LIKE $1 ORDER BY id`, [pattern])).rows.map((row: any) => row.key as string);


beforeAll(async () => {
  smtp = await startSmtpCapture();
  // A small pool: a request that needs a second connection inside its transaction shows up at once.
  strapi = await startStrapi({ smtpPort: smtp.port, env: { DATABASE_POOL_MAX: String(POOL_MAX) } });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
  lists = await ticketingLists(strapi);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('the triage gate', () => {
  let ticket: string;

  beforeAll(async () => {
    ticket = await report('Boiler makes a banging noise');
  });

  it('rejects a status change from the service desk before type and priority are set, naming both', async () => {
    const response = await act(ticket, 'start');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/new cannot be moved to in progress|Triage/i);
    const visibility = await desk().put(`/service-requests/tickets/${ticket}/visibility`, { visibility: 'block' });
    expect(visibility.status).toBe(400);
    expect(visibility.body.error.message).toBe('Triage this ticket first: give it a type and a priority before any other change');
    expect(visibility.body.error.details.errors.map((error: any) => error.path[0])).toEqual(['type', 'priority']);
    expect(await ticketRow(ticket)).toMatchObject({ state: 'new', visibility: 'unit' });
  });

  it('rejects an edit in the content manager before triage, and writes nothing', async () => {
    const timelineLength = async () =>
      (await strapi.db.query(`SELECT count(*)::int AS n FROM sr_ticket_events_ticket_lnk l JOIN sr_tickets t ON t.id = l.ticket_id WHERE t.document_id = $1`, [ticket])).rows[0].n;
    const before = await timelineLength();
    const response = await desk().put(`/content-manager/collection-types/plugin::service-requests.ticket/${ticket}`, { summary: 'Renamed by staff' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Triage this ticket first');
    expect((await ticketRow(ticket)).summary).toBe('Boiler makes a banging noise');
    expect(await timelineLength()).toBe(before);
  });

  it('rejects a document-service update before triage, as app code or a script would make it', async () => {
    const refused = await updateThroughDocumentService(strapi, { uid: 'plugin::service-requests.ticket', documentId: ticket, data: { visibility: 'block' } });
    expect(refused).toEqual({ ok: false, name: 'ValidationError', message: 'Triage this ticket first: give it a type and a priority before any other change' });
    expect((await ticketRow(ticket)).visibility).toBe('unit');
  });

  it('rejects publishing a message to the portal before triage', async () => {
    const response = await desk().post(`/service-requests/tickets/${ticket}/comments`, { body: 'We are on it', published: true });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Triage this ticket first');
    const comments = await strapi.db.query(`SELECT count(*)::int AS n FROM sr_ticket_comments WHERE body = 'We are on it'`);
    expect(comments.rows[0].n).toBe(0);
  });

  it('accepts a partial triage, still refuses other changes until both are set', async () => {
    expect((await triage(ticket, { type: lists.types.Repair })).status).toBe(200);
    const refused = await desk().put(`/service-requests/tickets/${ticket}/visibility`, { visibility: 'block' });
    expect(refused.body.error.message).toBe('Triage this ticket first: give it a priority before any other change');
  });

  it('opens the ticket once triaged, sets its SLA targets in the location timezone and records it all on the timeline', async () => {
    const response = await triage(ticket, { priority: lists.priorities.High });
    expect(response.status).toBe(200);
    const detail = response.body.data;
    expect(detail).toMatchObject({ status: 'open', missing: [], type: { name: 'Repair' }, priority: { name: 'High', firstResponseHours: 4, resolutionHours: 72 } });
    const row = await ticketRow(ticket);
    const created = new Date(row.created_at).getTime();
    expect(new Date(row.first_response_due_at).getTime() - created).toBe(4 * 3_600_000);
    // 72 hours = three calendar days in Europe/London: 72 real hours unless a clock change falls between.
    expect(Math.abs(new Date(row.resolution_due_at).getTime() - created - 72 * 3_600_000)).toBeLessThanOrEqual(3_600_000);
    expect(detail.sla).toMatchObject({ state: 'on_track', firstResponseDueAt: new Date(row.first_response_due_at).toISOString() });
    expect(detail.timeline.map((entry: any) => [entry.kind, entry.from, entry.to])).toEqual([
      ['created', null, 'Reported in the portal'],
      ['routed', null, 'Maintenance'],
      ['triage', 'Type: New PM Enquiry, Priority: Unassigned, Category: none', 'Type: Repair, Priority: Unassigned, Category: none'],
      ['status', 'new', 'open'],
      ['triage', 'Type: Repair, Priority: Unassigned, Category: none', 'Type: Repair, Priority: High, Category: none'],
    ]);
    expect(detail.timeline.find((entry: any) => entry.kind === 'status').actor).toBe('Alex Admin');
  });

  it('lets the content manager change a triaged ticket, through the same transition table', async () => {
    const illegal = await desk().put(`/content-manager/collection-types/plugin::service-requests.ticket/${ticket}`, { state: 'closed' });
    expect(illegal.status).toBe(400);
    expect(illegal.body.error.message).toBe('A ticket cannot go from Open to Closed');
    const legal = await desk().put(`/content-manager/collection-types/plugin::service-requests.ticket/${ticket}`, { state: 'in_progress' });
    expect(legal.status).toBe(200);
    const detail = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data;
    expect(detail.status).toBe('in_progress');
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'status', from: 'open', to: 'in_progress', actor: 'Alex Admin' });
    expect(detail.sla.firstRespondedAt).not.toBeNull();
  });
});

describe('under concurrent load', () => {
  it('files twice as many reports at once as the database pool has connections, and routes each', async () => {
    const summaries = Array.from({ length: POOL_MAX * 2 }, (_, index) => `Concurrent report ${index + 1}`);
    const started = Date.now();
    const filed = await Promise.all(summaries.map((summary) => report(summary)));
    // A request waiting for a second pool connection inside its transaction would wait out the pool's 60 s timeout.
    expect(Date.now() - started).toBeLessThan(20_000);
    const routed = await strapi.db.query(
      `SELECT count(*)::int AS n FROM sr_tickets t JOIN sr_tickets_department_lnk l ON l.ticket_id = t.id WHERE t.document_id = ANY($1)`,
      [filed],
    );
    expect(routed.rows[0].n).toBe(summaries.length);
  });
});

describe('routing', () => {
  it('sends a new ticket to the department its category and location rules pick, without telling a manager twice', async () => {
    const ticket = await report('Stairwell needs a deep clean', { category: lists.categories.Cleaning });
    const detail = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data;
    expect(detail.department).toMatchObject({ name: 'Cleaning' });
    expect(detail.timeline.find((entry: any) => entry.kind === 'routed')).toMatchObject({ to: 'Cleaning', actor: 'the system', note: 'Routing rule' });
    // The demo admin manages the location and is in the department: one email, "a new problem has been reported".
    const { rows } = await strapi.db.query(`SELECT template FROM sr_notifications WHERE recipient = 'admin@example.com' AND payload->'ticket'->>'reference' = $1`, [detail.reference]);
    expect(rows.map((row: any) => row.template)).toEqual(['ticket-reported']);
  });

  it('records a re-route by staff on the timeline', async () => {
    const ticket = await report('Light out on the landing');
    const departments = byName((await strapi.db.query(`SELECT name, document_id FROM sr_departments`)).rows);
    await triage(ticket);
    const rerouted = await triage(ticket, { department: departments.Cleaning });
    expect(rerouted.status).toBe(200);
    expect(rerouted.body.data.timeline.filter((entry: any) => entry.kind === 'routed').map((entry: any) => [entry.from, entry.to])).toEqual([
      [null, 'Maintenance'],
      ['Maintenance', 'Cleaning'],
    ]);
    const email = await smtp.waitFor((mail) => mail.subject.includes('sent to Cleaning') && mail.subject.includes('Light out on the landing'));
    expect(email.to).toContain('admin@example.com');
    expect(email.text).toContain(`/admin/plugins/service-requests/tickets/${ticket}`);
  });

  it('refuses a department that does not exist, writing nothing', async () => {
    const ticket = await report('Gate squeaks');
    const response = await triage(ticket, { department: 'no-such-department' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['department'], message: 'Choose a department from the list' });
  });
});

describe('what the reporter hears', () => {
  let ticket: string;

  beforeAll(async () => {
    ticket = await report('Front door does not latch');
    expect((await triage(ticket)).status).toBe(200);
  });

  it('emails the reporter a published message, once, and nothing for an internal one', async () => {
    const internal = await desk().post(`/service-requests/tickets/${ticket}/comments`, { body: 'Internal: the locksmith owes us a visit', published: false });
    expect(internal.status).toBe(201);
    const published = await desk().post(`/service-requests/tickets/${ticket}/comments`, { body: 'A locksmith comes on Friday morning.', published: true });
    expect(published.status).toBe(201);

    const email = await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.text.includes('A locksmith comes on Friday morning.'));
    expect(email.subject).toMatch(/a message from the management team/);
    const internalComment = published.body.data.comments.find((comment: any) => comment.body.startsWith('Internal'));
    expect(internalComment.published).toBe(false);
    expect(await outboxKeys(`ticket-comment:${internalComment.documentId}:%`)).toEqual([]);
    expect(smtp.messages.filter((mail) => mail.text.includes('the locksmith owes us'))).toEqual([]);
  });

  it('publishing an internal message later emails it then, and the timeline says so', async () => {
    const added = await desk().post(`/service-requests/tickets/${ticket}/comments`, { body: 'Parts ordered, arriving Tuesday.', published: false });
    const comment = added.body.data.comments.find((entry: any) => entry.body === 'Parts ordered, arriving Tuesday.');
    const response = await desk().put(`/service-requests/comments/${comment.documentId}/published`, { published: true });
    expect(response.status).toBe(200);
    expect(response.body.data.timeline.at(-1)).toMatchObject({ kind: 'comment-published', to: 'Parts ordered, arriving Tuesday.' });
    await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.text.includes('Parts ordered, arriving Tuesday.'));
  });

  it('emails each status change, and sends each email once even when its job runs twice', async () => {
    expect((await act(ticket, 'start', 'Locksmith booked')).status).toBe(200);
    const reference = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data.reference;
    const isThisEmail = (mail: CapturedMail) => mail.to.includes('tenant@example.com') && mail.subject === `${reference}: your request is now In progress`;
    const email = await smtp.waitFor(isThisEmail);
    // Staff notes on a change stay internal.
    expect(email.text).not.toContain('Locksmith booked');
    const { rows } = await strapi.db.query(
      `SELECT id FROM sr_notifications WHERE template = 'ticket-status-changed' AND payload->'ticket'->>'reference' = $1 AND payload->>'toLabel' = 'In progress'`,
      [reference],
    );
    const jobIds = await enqueueJob(strapi.databaseUrl, 'notifications.send', { notificationId: rows[0].id }, 2);
    await waitUntil(
      async () => (await strapi.db.query(`SELECT count(*)::int AS n FROM agenda_jobs WHERE id = ANY($1::uuid[]) AND last_finished_at IS NOT NULL`, [jobIds])).rows[0].n,
      (finished) => finished === 2,
    );
    expect(smtp.messages.filter(isThisEmail)).toHaveLength(1);
  });

  it('sends nothing once the reporter switches updates off', async () => {
    const off = await tenant().put(`/api/service-requests/tickets/${ticket}/notifications`, { notifyOnUpdate: false });
    expect(off.status).toBe(200);
    expect(off.body.data.notifyOnUpdate).toBe(false);
    await desk().post(`/service-requests/tickets/${ticket}/comments`, { body: 'Locksmith delayed to Monday.', published: true });
    expect((await act(ticket, 'hold')).status).toBe(200);
    // Outbox rows are written in the change's transaction: none written means none will ever be sent.
    const queued = await strapi.db.query(
      `SELECT count(*)::int AS n FROM sr_notifications WHERE recipient = 'tenant@example.com'
         AND (payload->>'message' = 'Locksmith delayed to Monday.' OR payload->>'toLabel' = 'On hold')`,
    );
    expect(queued.rows[0].n).toBe(0);
  });
});

describe('cancelling and rating from the portal', () => {
  it('lets the reporter cancel a new request, and refuses once work has started', async () => {
    const fresh = await report('Duplicate report');
    const cancelled = await tenant().post(`/api/service-requests/tickets/${fresh}/cancel`, { reason: 'Reported twice' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', canCancel: false });
    const started = await report('Window will not close');
    await triage(started);
    await act(started, 'start');
    const refused = await tenant().post(`/api/service-requests/tickets/${started}/cancel`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('can no longer be cancelled');
    expect((await ticketRow(started)).state).toBe('in_progress');
  });

  it('asks for a rating once resolved; Dissatisfied reopens it a priority higher and alerts the manager', async () => {
    const ticket = await report('Radiator cold in bedroom');
    await triage(ticket);
    expect((await tenant().post(`/api/service-requests/tickets/${ticket}/rating`, { rating: 4 })).status).toBe(400);
    expect((await act(ticket, 'resolve')).status).toBe(200);
    const resolvedEmail = await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.subject.includes('your request is now Resolved') && mail.text.includes('Radiator'));
    expect(resolvedEmail.text).toContain('Please rate the outcome');
    const view = (await tenant().get(`/api/service-requests/tickets/${ticket}`)).body.data;
    expect(view).toMatchObject({ status: 'resolved', canRate: true, elapsed: { until: expect.any(String) } });

    const badInput = await tenant().post(`/api/service-requests/tickets/${ticket}/rating`, { rating: 7 });
    expect(badInput.status).toBe(400);
    expect(badInput.body.error.details.errors[0].path).toEqual(['rating']);

    const rated = await tenant().post(`/api/service-requests/tickets/${ticket}/rating`, { rating: 2, comment: 'Still cold at night' });
    expect(rated.status).toBe(200);
    expect(rated.body.data).toMatchObject({ status: 'open', canRate: false, rating: { value: 2, label: 'Dissatisfied' } });
    const detail = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data;
    expect(detail.priority.name).toBe('High');
    expect(detail.timeline.map((entry: any) => entry.kind)).toEqual(expect.arrayContaining(['rating']));
    const alert = await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.subject.includes('rated Dissatisfied'));
    expect(alert.text).toContain('Still cold at night');
    expect((await tenant().post(`/api/service-requests/tickets/${ticket}/rating`, { rating: 5 })).status).toBe(400);
  });

  it('lets only the reporter act on a request', async () => {
    const ticket = await report('Shared hallway light', { visibility: 'block' });
    const neighbour = withToken(strapi.url, await loginAs(strapi.url, 'occupant@example.com'));
    expect((await neighbour.post(`/api/service-requests/tickets/${ticket}/cancel`, {})).status).toBe(403);
    expect((await neighbour.put(`/api/service-requests/tickets/${ticket}/notifications`, { notifyOnUpdate: false })).status).toBe(403);
    expect((await ticketRow(ticket)).state).toBe('new');
  });
});

describe('SLA breaches', () => {
  it('flags a missed target and emails the managers once, however often the check runs', async () => {
    const ticket = await report('Lift stuck between floors');
    await triage(ticket, { type: lists.types.Repair, priority: lists.priorities.Emergency });
    await strapi.db.query(`UPDATE sr_tickets SET first_response_due_at = now() - interval '5 minutes' WHERE document_id = $1`, [ticket]);
    const detail = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data;
    expect(detail.sla.state).toBe('breached');
    const queue = (await desk().get('/service-requests/tickets?sla=breached')).body;
    expect(queue.data.map((row: any) => row.documentId)).toContain(ticket);

    const jobIds = await enqueueJob(strapi.databaseUrl, 'tickets.check-sla', {}, 2);
    await waitUntil(
      async () => (await strapi.db.query(`SELECT count(*)::int AS n FROM agenda_jobs WHERE id = ANY($1::uuid[]) AND last_finished_at IS NOT NULL`, [jobIds])).rows[0].n,
      (finished) => finished === 2,
    );
    const email = await smtp.waitFor((mail) => mail.subject.startsWith('Overdue:') && mail.text.includes('Lift stuck'));
    expect(email.subject).toContain('missed its first response target');
    expect(await outboxKeys(`ticket:${ticket}:sla-breach:%`)).toEqual([`ticket:${ticket}:sla-breach:first-response:admin@example.com`]);
  });
});

describe('service desk permissions', () => {
  it('refuses the desk\'s changes without a token', async () => {
    const ticket = await report('Anonymous poke');
    expect((await request(strapi.url).put(`/service-requests/tickets/${ticket}/triage`).send({ type: lists.types.Repair })).status).toBe(401);
    expect((await request(strapi.url).post(`/service-requests/tickets/${ticket}/transitions`).send({ event: 'cancel' })).status).toBe(401);
  });
});
