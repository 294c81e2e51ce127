import { DateTime } from 'luxon';
import request from 'supertest';
import { enqueueJob } from '../support/agenda-client';
import { pngImage } from '../support/files';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { ticketingLists } from '../support/ticketing-lists';
import { waitUntil } from '../support/wait-until';

/**
 * A work order after a vendor accepts it: scheduling inside the tenant's availability, the
 * confirmation with its calendar invite, reminders created, moved and removed, done and the
 * invoice chase, not done and the owner's approval by link, recurring maintenance. Time is moved
 * by changing due times in the database and running the job for now.
 */
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let vendorJwt: string;
let harbour: PlaceView;
let lists: Record<string, Record<string, string>>;

const HOUR = 3_600_000;
const desk = () => withToken(strapi.url, adminToken);
const vendor = () => withToken(strapi.url, vendorJwt);

/** A London wall-clock time `days` from today: reminder times depend on the local time of day. */
const londonAt = (days: number, time: string) => {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now().setZone('Europe/London').startOf('day').plus({ days }).set({ hour, minute }).toJSDate();
};

/** Whole hours from now, so slots never straddle "now" while the test runs. */
const hoursFromNow = (hours: number) => new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR);

const runJob = async (name: string, data: object) => {
  const [jobId] = await enqueueJob(strapi.databaseUrl, name, data);
  await waitUntil(async () => (await strapi.db.query(`SELECT last_finished_at FROM agenda_jobs WHERE id = $1`, [jobId])).rows[0]?.last_finished_at, Boolean);
};

/** A plumbing request with availability, triaged (so dispatched to Ace Plumbing) and accepted by the demo vendor. */
const acceptedWorkOrder = async (summary: string, availability: Array<{ start: Date; end: Date }>) => {
  const reported = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
    summary,
    description: 'Water everywhere',
    location: harbour.location.documentId,
    unit: harbour.unit!.documentId,
    visibility: 'management',
    category: lists.categories.Plumbing,
    availability: availability.map((window) => ({ start: window.start.toISOString(), end: window.end.toISOString() })),
  });
  expect(reported.status).toBe(201);
  const ticket = reported.body.data.documentId as string;
  expect((await desk().put(`/service-requests/tickets/${ticket}/triage`, { type: lists.types.Repair, priority: lists.priorities.Normal })).status).toBe(200);
  const [offer] = (await vendor().get('/api/service-requests/vendor/offers')).body.data.filter((item: any) => item.workOrder.summary === summary);
  expect((await vendor().post(`/api/service-requests/vendor/offers/${offer.documentId}/accept`, {})).status).toBe(200);
  return { ticket, order: offer.workOrder.documentId as string, reference: offer.workOrder.reference as string };
};

const reminderRows = async (order: string) =>
  (
    await strapi.db.query(`SELECT idempotency_key AS key, channel, recipient, state, available_at FROM sr_notifications WHERE idempotency_key LIKE $1 ORDER BY idempotency_key`, [
      `work-order:${order}:reminder:%`,
    ])
  ).rows as Array<{ key: string; channel: string; recipient: string; state: string; available_at: Date }>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  vendorJwt = await loginAs(strapi.url, 'vendor@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
  lists = await ticketingLists(strapi);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('availability on a report', () => {
  it('names the window that is wrong, and writes nothing', async () => {
    const before = (await strapi.db.query('SELECT count(*)::int AS n FROM sr_tickets')).rows[0].n;
    const response = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
      summary: 'Leak',
      description: 'Drip',
      location: harbour.location.documentId,
      visibility: 'management',
      availability: [
        { start: hoursFromNow(30).toISOString(), end: hoursFromNow(33).toISOString() },
        { start: hoursFromNow(40).toISOString(), end: hoursFromNow(39).toISOString() },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['availability', '1'], message: 'The end must be after the start.' })]);
    expect((await strapi.db.query('SELECT count(*)::int AS n FROM sr_tickets')).rows[0].n).toBe(before);
  });
});

describe('scheduling and reminders', () => {
  // 10:00–14:00 London in three days: the morning-of SMS (07:30, inside the 21:00–08:00 quiet
  // hours) goes at 08:00, and the day-before email at 18:00 two days from now.
  const window = { start: londonAt(3, '10:00'), end: londonAt(3, '14:00') };
  let job: Awaited<ReturnType<typeof acceptedWorkOrder>>;

  beforeAll(async () => {
    job = await acceptedWorkOrder('Leaking radiator valve', [window]);
  });

  it('refuses a slot outside the tenant\'s availability with a clear 400, and books nothing', async () => {
    const outside = await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/schedule`, {
      start: londonAt(3, '15:00').toISOString(),
      end: londonAt(3, '16:00').toISOString(),
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details.errors[0]).toMatchObject({ path: ['start'], message: expect.stringContaining("outside the tenant's availability") });
    expect(await reminderRows(job.order)).toEqual([]);
  });

  it('books a slot inside it: the tenant gets a confirmation with a calendar invite, and reminders are set for both', async () => {
    const slot = { start: new Date(window.start.getTime() + HOUR), end: new Date(window.start.getTime() + 2 * HOUR) };
    const booked = await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/schedule`, { start: slot.start.toISOString(), end: slot.end.toISOString() });
    expect(booked.status).toBe(200);
    expect(booked.body.data).toMatchObject({ status: 'scheduled', appointment: { start: slot.start.toISOString(), end: slot.end.toISOString() } });

    const confirmation = await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.subject.startsWith('Booked: Ace Plumbing visits'));
    const invite = confirmation.attachments.find((file) => file.contentType.startsWith('text/calendar'));
    expect(invite?.content.toString()).toMatch(/METHOD:REQUEST/);
    expect(invite?.content.toString()).toMatch(/DTSTART;TZID=Europe\/London:\d{8}T\d{6}/);

    const reminders = await reminderRows(job.order);
    expect(reminders.map((row) => [row.key.split(':reminder:')[1], row.recipient, row.state])).toEqual([
      ['1:email-day-before:tenant', 'tenant@example.com', 'pending'],
      ['1:email-day-before:vendor', 'vendor@example.com', 'pending'],
      ['1:sms-morning-of:vendor', '+447700900123', 'pending'],
    ]);
    const dueAt = Object.fromEntries(reminders.map((row) => [row.key.split(':reminder:1:')[1], new Date(row.available_at).toISOString()]));
    expect(dueAt['email-day-before:tenant']).toBe(londonAt(2, '18:00').toISOString());
    expect(dueAt['sms-morning-of:vendor']).toBe(londonAt(3, '08:00').toISOString());
    const timeline = (await desk().get(`/service-requests/tickets/${job.ticket}`)).body.data.timeline;
    expect(timeline.at(-1).to).toMatch(new RegExp(`^${job.reference}: Scheduled for `));
  });

  it('moves the reminders when the visit is rescheduled: the old ones are cancelled, never sent', async () => {
    const slot = { start: new Date(window.start.getTime() + 2 * HOUR), end: new Date(window.start.getTime() + 3 * HOUR) };
    expect((await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/schedule`, { start: slot.start.toISOString(), end: slot.end.toISOString() })).status).toBe(200);
    const reminders = await reminderRows(job.order);
    expect(reminders.filter((row) => row.key.includes(':reminder:1:')).map((row) => row.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(reminders.filter((row) => row.key.includes(':reminder:2:')).map((row) => row.state)).toEqual(['pending', 'pending', 'pending']);
    await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.subject.startsWith('New time: Ace Plumbing visits'));
  });

  it('sends a reminder once when it falls due, even when its job runs twice', async () => {
    const [emailReminder] = (await reminderRows(job.order)).filter((row) => row.key.endsWith(':2:email-day-before:tenant'));
    const { rows } = await strapi.db.query(`UPDATE sr_notifications SET available_at = now() WHERE idempotency_key = $1 RETURNING id`, [emailReminder.key]);
    await runJob('notifications.send', { notificationId: rows[0].id });
    await runJob('notifications.send', { notificationId: rows[0].id });
    const sent = smtp.messages.filter((mail) => mail.to.includes('tenant@example.com') && mail.subject.startsWith('Reminder: Ace Plumbing visits'));
    expect(sent).toHaveLength(1);
    const cancelled = (await reminderRows(job.order)).find((row) => row.key.endsWith(':1:email-day-before:tenant'))!;
    const { rows: old } = await strapi.db.query(`SELECT id FROM sr_notifications WHERE idempotency_key = $1`, [cancelled.key]);
    await runJob('notifications.send', { notificationId: old[0].id });
    expect((await reminderRows(job.order)).find((row) => row.key === cancelled.key)!.state).toBe('cancelled');
  });

  it('removes the pending reminders when the vendor starts, and resolves the request when done', async () => {
    expect((await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/start`, {})).status).toBe(200);
    expect((await reminderRows(job.order)).filter((row) => row.state === 'pending')).toEqual([]);
    const done = await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/complete`, {});
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ status: 'completed', startedAt: expect.any(String), completedAt: expect.any(String) });
    const { rows } = await strapi.db.query(`SELECT resolution_minutes FROM sr_work_orders WHERE document_id = $1`, [job.order]);
    expect(rows[0].resolution_minutes).toBeGreaterThanOrEqual(0);
    const ticket = (await desk().get(`/service-requests/tickets/${job.ticket}`)).body.data;
    expect(ticket.status).toBe('resolved');
  });

  it('chases the invoice until it is recorded, one email per round', async () => {
    await strapi.db.query(`UPDATE sr_work_orders SET completed_at = now() - interval '2 days' WHERE document_id = $1`, [job.order]);
    await runJob('work-orders.chase-invoices', {});
    await runJob('work-orders.chase-invoices', {});
    const chase = await smtp.waitFor((mail) => mail.to.includes('vendor@example.com') && mail.subject === `Invoice please: ${job.reference}`);
    expect(chase.text).toContain(`/vendor/work-orders/${job.order}`);
    const invoice = await request(strapi.url)
      .post(`/api/service-requests/vendor/work-orders/${job.order}/invoice`)
      .set('authorization', `Bearer ${vendorJwt}`)
      .field('number', 'INV-2041')
      .field('amount', '180.50')
      .attach('file', pngImage(), { filename: 'invoice.png', contentType: 'image/png' });
    expect(invoice.status).toBe(200);
    expect(invoice.body.data.invoice).toMatchObject({ number: 'INV-2041', amount: 180.5 });
    // Files are only ever handed out behind signed, expiring links.
    expect(invoice.body.data.invoiceFile).toMatchObject({ name: 'invoice.png', url: expect.stringMatching(/\/private-files\/.+\?expires=\d+&signature=/) });
    await strapi.db.query(`UPDATE sr_work_orders SET completed_at = now() - interval '4 days' WHERE document_id = $1`, [job.order]);
    await runJob('work-orders.chase-invoices', {});
    const keys = await strapi.db.query(`SELECT idempotency_key FROM sr_notifications WHERE idempotency_key LIKE $1`, [`work-order:${job.order}:invoice-chase:%`]);
    expect(keys.rows.map((row: any) => row.idempotency_key)).toEqual([`work-order:${job.order}:invoice-chase:1`]);
  });
});

describe('not done, and the owner decides by link', () => {
  const linkOf = (text: string, label: 'Approve' | 'Reject') => new RegExp(`${label}: \\S+/act/(\\S+)`).exec(text)![1];

  it('asks the owner and the managers; the link page decides once; the vendor is told to reschedule', async () => {
    const window = { start: hoursFromNow(72), end: hoursFromNow(76) };
    const job = await acceptedWorkOrder('Boiler pressure keeps dropping', [window]);
    await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/schedule`, { start: window.start.toISOString(), end: new Date(window.start.getTime() + HOUR).toISOString() });
    expect((await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/not-done`, { reason: '' })).status).toBe(400);
    const notDone = await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/not-done`, { reason: 'Needs a new expansion vessel', estimate: '640' });
    expect(notDone.status).toBe(200);
    expect(notDone.body.data.status).toBe('awaiting_approval');

    const ownerMail = await smtp.waitFor((mail) => mail.to.includes('owner@example.com') && mail.subject === `approval needed for ${job.reference} at Harbour View Court`);
    await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.subject === `approval needed for ${job.reference} at Harbour View Court`);
    expect(ownerMail.text).toContain('Needs a new expansion vessel');
    const approve = linkOf(ownerMail.text, 'Approve');
    const reject = linkOf(ownerMail.text, 'Reject');

    const shown = await request(strapi.url).get(`/api/service-requests/actions/${approve}`);
    expect(shown.body.data).toMatchObject({ action: 'approve', state: 'open', approval: { reason: 'not-done', amount: 640 } });
    expect((await strapi.db.query(`SELECT state FROM sr_work_orders WHERE document_id = $1`, [job.order])).rows[0].state).toBe('awaiting_approval');

    const tampered = `${approve.slice(0, 10)}${approve[10] === 'x' ? 'y' : 'x'}${approve.slice(11)}`;
    expect((await request(strapi.url).post(`/api/service-requests/actions/${tampered}`).send({})).status).toBe(404);

    const approved = await request(strapi.url).post(`/api/service-requests/actions/${approve}`).send({ note: 'Go ahead' });
    expect(approved.status).toBe(200);
    expect((await request(strapi.url).post(`/api/service-requests/actions/${approve}`).send({})).status).toBe(410);
    const late = await request(strapi.url).post(`/api/service-requests/actions/${reject}`).send({});
    expect(late.status).toBe(410);
    expect(late.body.error.message).toBe('This request has already been decided');

    const order = (await vendor().get(`/api/service-requests/vendor/work-orders/${job.order}`)).body.data;
    expect(order).toMatchObject({ status: 'accepted', appointment: null });
    await smtp.waitFor((mail) => mail.to.includes('vendor@example.com') && mail.subject === `Approved: please reschedule ${job.reference}`);
  });

  it('a rejection puts the request on hold and tells the managers', async () => {
    const window = { start: hoursFromNow(80), end: hoursFromNow(84) };
    const job = await acceptedWorkOrder('Shower tray cracked', [window]);
    const estimate = await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/estimate`, { amount: 1200 });
    expect(estimate.status).toBe(200);
    expect(estimate.body.data.status).toBe('awaiting_approval');
    const ownerMail = await smtp.waitFor((mail) => mail.to.includes('owner@example.com') && mail.subject.includes(job.reference));
    expect(ownerMail.text).toContain('more than the spending limit');
    const rejected = await request(strapi.url).post(`/api/service-requests/actions/${linkOf(ownerMail.text, 'Reject')}`).send({ note: 'Too dear' });
    expect(rejected.status).toBe(200);
    expect((await desk().get(`/service-requests/tickets/${job.ticket}`)).body.data.status).toBe('on_hold');
    const told = await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.subject === `Rejected: ${job.reference} is on hold`);
    expect(told.text).toContain('Too dear');
  });

  it('an estimate within the spending threshold needs no approval', async () => {
    const job = await acceptedWorkOrder('Dripping tap washer', [{ start: hoursFromNow(90), end: hoursFromNow(94) }]);
    const estimate = await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/estimate`, { amount: 80 });
    expect(estimate.body.data).toMatchObject({ status: 'accepted', estimateAmount: 80 });
  });

  it('reminds an unanswered approval once, however often the reminder runs', async () => {
    const job = await acceptedWorkOrder('Toilet cistern cracked', [{ start: hoursFromNow(100), end: hoursFromNow(104) }]);
    await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/estimate`, { amount: 900 });
    const { rows } = await strapi.db.query(
      `SELECT a.id FROM sr_approvals a JOIN sr_approvals_work_order_lnk l ON l.approval_id = a.id JOIN sr_work_orders w ON w.id = l.work_order_id WHERE w.document_id = $1`,
      [job.order],
    );
    await runJob('approvals.remind', { approvalId: rows[0].id });
    await runJob('approvals.remind', { approvalId: rows[0].id });
    await smtp.waitFor((mail) => mail.to.includes('owner@example.com') && mail.subject === `Reminder: approval needed for ${job.reference} at Harbour View Court`);
    const reminders = await strapi.db.query(`SELECT count(*)::int AS n FROM sr_notifications WHERE idempotency_key LIKE 'approval:%:reminder:owner@example.com' AND payload->>'reference' = $1`, [job.reference]);
    expect(reminders.rows[0].n).toBe(1);
  });
});

describe('the vendor sees only its own work', () => {
  it('answers 404 for another vendor\'s order and 403 to a tenant', async () => {
    // An electrical job, offered to Spark Electrical: not the demo vendor's.
    const reported = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
      summary: 'Doorbell dead',
      description: 'No sound',
      location: harbour.location.documentId,
      visibility: 'management',
      category: lists.categories.Electrical,
    });
    await desk().put(`/service-requests/tickets/${reported.body.data.documentId}/triage`, { type: lists.types.Repair, priority: lists.priorities.Low });
    const created = await desk().post(`/service-requests/tickets/${reported.body.data.documentId}/work-orders`, {});
    expect(created.status).toBe(201);
    expect((await vendor().get(`/api/service-requests/vendor/work-orders/${created.body.data.documentId}`)).status).toBe(404);
    expect((await vendor().post(`/api/service-requests/vendor/work-orders/${created.body.data.documentId}/start`, {})).status).toBe(404);
    expect((await withToken(strapi.url, tenantJwt).get('/api/service-requests/vendor/work-orders')).status).toBe(403);
    expect((await vendor().post('/api/service-requests/vendor/work-orders/not-a-real-order/start', {})).status).toBe(404);
  });
});

describe('recurring maintenance', () => {
  it('refuses a schedule whose rule makes no sense, and creates each occurrence\'s work order once', async () => {
    const harbourId = (await strapi.db.query(`SELECT id FROM pf_locations WHERE name = 'Harbour View Court'`)).rows[0].id;
    const rule = (await strapi.db.query(`SELECT document_id FROM sr_dispatch_rules WHERE name = 'Electrical'`)).rows[0].document_id;
    const create = (rrule: string) =>
      desk().post('/content-manager/collection-types/plugin::service-requests.maintenance-schedule', {
        summary: 'Test the fire alarm',
        rrule,
        startsOn: '2026-01-05T09:00',
        durationMinutes: 60,
        tasks: ['Sound every call point', 'Log the test'],
        active: true,
        location: { connect: [{ id: harbourId }] },
        dispatchRule: { connect: [rule] },
      });
    const bad = await create('FREQ=SOMETIMES');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['rrule']);
    const good = await create('FREQ=WEEKLY;BYDAY=MO');
    expect(good.status).toBe(201);

    await runJob('maintenance.generate', {});
    await runJob('maintenance.generate', {});
    const { rows } = await strapi.db.query(`SELECT occurrence_key, state, tasks FROM sr_work_orders WHERE occurrence_key LIKE $1 ORDER BY occurrence_key`, [
      `${good.body.data.documentId}:%`,
    ]);
    expect(rows[0].tasks).toEqual([
      { title: 'Sound every call point', done: false, doneAt: null },
      { title: 'Log the test', done: false, doneAt: null },
    ]);
    // Two Mondays in the next fortnight: 09:00 London each, whatever the date today.
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.occurrence_key).toMatch(/:\d{4}-\d{2}-\d{2}T09:00$/);
    expect(rows.every((row: any) => row.state === 'offered')).toBe(true);
  });
});

describe('the lifecycles hold in the content manager too', () => {
  it('refuses a work order\'s state change and a hand-made work order, changing nothing', async () => {
    const { rows } = await strapi.db.query(`SELECT document_id, state FROM sr_work_orders WHERE state = 'awaiting_approval' LIMIT 1`);
    const edited = await desk().put(`/content-manager/collection-types/plugin::service-requests.work-order/${rows[0].document_id}`, { state: 'completed' });
    expect(edited.status).toBe(400);
    expect(edited.body.error.message).toContain('changes state through the dispatch board');
    expect((await strapi.db.query(`SELECT state FROM sr_work_orders WHERE document_id = $1`, [rows[0].document_id])).rows[0].state).toBe('awaiting_approval');
    const made = await desk().post('/content-manager/collection-types/plugin::service-requests.work-order', { summary: 'By hand', state: 'completed' });
    expect(made.status).toBe(400);
  });

  it('refuses deciding an approval in the content manager', async () => {
    const { rows } = await strapi.db.query(`SELECT document_id FROM sr_approvals WHERE state = 'pending' LIMIT 1`);
    const edited = await desk().put(`/content-manager/collection-types/plugin::service-requests.approval/${rows[0].document_id}`, { state: 'approved' });
    expect(edited.status).toBe(400);
    expect((await strapi.db.query(`SELECT state FROM sr_approvals WHERE document_id = $1`, [rows[0].document_id])).rows[0].state).toBe('pending');
  });
});

describe('cancelling a booked visit', () => {
  it('takes it out of the tenant\'s calendar and cancels its reminders', async () => {
    const window = { start: londonAt(4, '09:00'), end: londonAt(4, '17:00') };
    const job = await acceptedWorkOrder('Extractor fan rattles', [window]);
    const slot = { start: londonAt(4, '13:00'), end: londonAt(4, '14:00') };
    expect((await vendor().post(`/api/service-requests/vendor/work-orders/${job.order}/schedule`, { start: slot.start.toISOString(), end: slot.end.toISOString() })).status).toBe(200);
    expect((await desk().post(`/service-requests/work-orders/${job.order}/cancel`, {})).status).toBe(200);
    const mail = await smtp.waitFor((message) => message.to.includes('tenant@example.com') && message.subject.startsWith('Cancelled: the visit on'));
    const invite = mail.attachments.find((file) => file.contentType.startsWith('text/calendar'));
    expect(invite?.content.toString()).toMatch(/METHOD:CANCEL/);
    expect(invite?.content.toString()).toMatch(/STATUS:CANCELLED/);
    expect((await reminderRows(job.order)).map((row) => row.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});
