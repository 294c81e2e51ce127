import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { enqueueJob } from '../support/agenda-client';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { accessibilityViolationsIn, launchChromium } from '../support/browser';
import { DEMO_PASSWORD, adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { waitUntil } from '../support/wait-until';

/**
 * A dispatcher hands a triaged electrical report to a vendor from the ticket view, watches the
 * offer wait on the dispatch board (demo rule: Electrical → Spark Electrical, 8 hours to answer,
 * dispatched by staff), then cancels the work order.
 */
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let browser: Browser;
let desk: Page;
let adminToken: string;
let harbour: PlaceView;
let tenantJwt: string;
let electrical: string;
let ticketDocumentId: string;
let workOrder: { documentId: string; reference: string; deadline: string };

const SUMMARY = 'Sockets in the kitchen spark when used';
/** The dispatcher works from Auckland, so a time shown in the building's timezone (London) differs from their own. */
const DISPATCHER = { timezoneId: 'Pacific/Auckland', locale: 'en-GB' };

const admin = () => withToken(strapi.url, adminToken);
const notification = (text: string) => desk.getByText(text, { exact: false }).first();
const region = (name: string | RegExp) => desk.getByRole('region', { name });
const boardRequest = (url: string) => new URL(url).pathname === '/service-requests/work-orders';

/** A tenant's report in the Electrical category, triaged by an agent through the admin API: open, ready to dispatch. */
const triagedElectricalTicket = async (summary: string) => {
  const reported = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
    summary,
    description: 'The double socket by the kettle sparks and smells of burning.',
    location: harbour.location.documentId,
    unit: harbour.unit!.documentId,
    visibility: 'management',
    category: electrical,
  });
  expect(reported.status).toBe(201);
  const documentId = reported.body.data.documentId as string;
  const options = (await admin().get('/service-requests/options')).body.data;
  const named = (entries: Array<{ documentId: string; name: string }>, name: string) => entries.find((entry) => entry.name === name)!.documentId;
  const triaged = await admin().put(`/service-requests/tickets/${documentId}/triage`, {
    type: named(options.types, 'Repair'),
    priority: named(options.priorities, 'High'),
  });
  expect(triaged.status).toBe(200);
  expect(triaged.body.data.status).toBe('open');
  return documentId;
};

/** The board as the admin API gives it, for what the page should show. */
const boardData = async (query = '') => {
  const board = await admin().get(`/service-requests/work-orders${query}`);
  expect(board.status).toBe(200);
  return board.body.data;
};

/** A work order as the board's lists have it now: among the unfinished ones or the cancelled ones. */
const boardRow = async (reference: string) => {
  for (const query of ['?pageSize=100', '?pageSize=100&state=cancelled']) {
    const row = (await boardData(query)).workOrders.results.find((entry: { reference: string }) => entry.reference === reference);
    if (row) return row as { documentId: string; status: string; statusLabel: string };
  }
  throw new Error(`${reference} is on no list of the board`);
};

/** The instant's wall-clock time in a timezone, in the dispatcher's locale: "23 Nov 2026, 02:15". */
const wallClock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(DISPATCHER.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port, env: { SERVE_ADMIN: 'true' } });
  browser = await launchChromium();
  desk = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', ...DISPATCHER })).newPage();
  desk.setDefaultTimeout(20_000);
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
});

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await smtp?.close();
});

describe('A dispatcher sends a tenant’s electrical problem to a vendor, then calls it off', () => {
  it('receives the tenant’s report in the Electrical category, and an agent triages it', async () => {
    const categories = await withToken(strapi.url, tenantJwt).get('/api/service-requests/categories');
    expect(categories.status).toBe(200);
    electrical = categories.body.data.find((category: { name: string }) => category.name === 'Electrical')?.documentId;
    expect(electrical).toEqual(expect.any(String));
    ticketDocumentId = await triagedElectricalTicket(SUMMARY);
  });

  it('opens the ticket and creates a work order, which is offered to Spark Electrical', async () => {
    await desk.goto(`${strapi.url}/admin`);
    await desk.getByLabel('Email').fill('admin@example.com');
    await desk.getByLabel('Password').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: 'Login' }).click();
    await desk.getByRole('link', { name: 'Service desk' }).waitFor();
    await desk.goto(`${strapi.url}/admin/plugins/service-requests/tickets/${ticketDocumentId}`);
    await desk.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();

    await region('Work order').getByRole('button', { name: 'Create work order' }).click();
    await notification('Work order created').waitFor();
    // The ticket is loaded again: its timeline and the panel say who was offered the work.
    await region('Timeline').getByText(/^Work order WO-\d{5}: Offered to Spark Electrical/).waitFor();
    await region('Work order').getByText(/^Latest: WO-\d{5}: Offered to Spark Electrical/).waitFor();

    const offer = (await boardData()).offersWaiting.find((entry: any) => entry.workOrder.summary === SUMMARY);
    expect(offer).toMatchObject({ vendor: 'Spark Electrical', workOrder: { status: 'offered', timezone: harbour.location.timezone } });
    workOrder = { documentId: offer.workOrder.documentId, reference: offer.workOrder.reference, deadline: offer.deadline };
  });

  it('is told why a second one cannot be made', async () => {
    await region('Work order').getByRole('button', { name: 'Create work order' }).click();
    const refusal = region('Work order').getByRole('alert');
    await expect(refusal.textContent()).resolves.toBe('This ticket already has a work order in progress.');
  });

  it('opens the dispatch board, which shows the offer waiting with its deadline in the building’s time', async () => {
    const firstLoad = desk.waitForRequest((sent) => boardRequest(sent.url()));
    await desk.getByRole('link', { name: 'Dispatch board', exact: true }).click();
    await desk.getByRole('heading', { level: 1, name: 'Dispatch board' }).waitFor();

    // Today's appointments are the dispatcher's own day: from their midnight to the next.
    const asked = new URL((await firstLoad).url()).searchParams;
    const midnight = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: DISPATCHER.timezoneId }).format(new Date(iso));
    expect([midnight(asked.get('from')!), midnight(asked.get('to')!)]).toEqual(['00:00', '00:00']);
    const hours = (Date.parse(asked.get('to')!) - Date.parse(asked.get('from')!)) / 3_600_000;
    expect(hours).toBeGreaterThanOrEqual(23);
    expect(hours).toBeLessThanOrEqual(25);
    await region("Today's appointments").getByText('No appointment today.').waitFor();

    const offer = region('Offers waiting').getByRole('row').filter({ hasText: workOrder.reference });
    await offer.waitFor();
    const text = await offer.textContent();
    expect(text).toContain('Spark Electrical');
    expect(text).toContain(SUMMARY);
    expect(text).toContain(`${wallClock(workOrder.deadline, harbour.location.timezone)} GMT`);
    // Eight hours to answer, a few seconds of which have passed.
    expect(text).toMatch(/(7 hours 5\d minutes|8 hours) left/);

    const row = region('Work orders').getByRole('row').filter({ hasText: workOrder.reference });
    await expect(row.textContent()).resolves.toMatch(/Offered.*Harbour View Court.*Nobody yet.*Not booked/);
    await expect(
      row.getByRole('link', { name: `${SUMMARY} (open the request of ${workOrder.reference})` }).getAttribute('href'),
    ).resolves.toBe(`/admin/plugins/service-requests/tickets/${ticketDocumentId}`);
    expect(await accessibilityViolationsIn(desk, 'main')).toEqual([]);
  });

  it('looks at the next day’s appointments, then comes back to today', async () => {
    const appointments = region(/appointments/i);
    const nextDay = desk.waitForRequest((sent) => boardRequest(sent.url()) && new URL(sent.url()).searchParams.has('from'));
    await appointments.getByRole('button', { name: 'Next day', exact: true }).click();
    await desk.waitForURL(/day=\d{4}-\d{2}-\d{2}/);
    await nextDay;
    await region(/^Appointments on /).getByText('No appointment on this day.').waitFor();
    await region(/^Appointments on /).getByRole('button', { name: 'Today', exact: true }).click();
    await region("Today's appointments").waitFor();
  });

  it('cancels the work order after confirming, and finds it among the cancelled ones', async () => {
    const row = region('Work orders').getByRole('row').filter({ hasText: workOrder.reference });
    await row.getByRole('button', { name: `Cancel ${workOrder.reference}` }).click();
    const dialog = desk.getByRole('alertdialog', { name: `Cancel ${workOrder.reference}` });
    await expect(dialog.textContent()).resolves.toContain(SUMMARY);
    expect(await accessibilityViolationsIn(desk, '[role="alertdialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel the work order' }).click();

    await dialog.waitFor({ state: 'detached' });
    await notification(`${workOrder.reference} is cancelled.`).waitFor();
    // Its offer is withdrawn, and the unfinished work orders no longer list it.
    await region('Offers waiting').getByRole('row').filter({ hasText: workOrder.reference }).waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });

    await region('Work orders').getByRole('button', { name: /^Cancelled \(\d+\)$/ }).click();
    await desk.waitForURL(/state=cancelled/);
    const cancelled = region('Work orders').getByRole('row').filter({ hasText: workOrder.reference });
    await expect(cancelled.textContent()).resolves.toContain('Cancelled');
    await expect(cancelled.getByRole('button').count()).resolves.toBe(0);
    expect(await accessibilityViolationsIn(desk, 'main')).toEqual([]);
  });

  it('refuses to dispatch a cancelled work order again, in the server’s words', async () => {
    const refused = await admin().post(`/service-requests/work-orders/${workOrder.documentId}/redispatch`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/cancelled/i);
  });
});

describe('A work order no vendor took', () => {
  const SECOND = 'Hallway lights flicker on every floor';

  it('is dispatched again from the board, and offered to Spark Electrical anew', async () => {
    const ticket = await triagedElectricalTicket(SECOND);
    const created = await admin().post(`/service-requests/tickets/${ticket}/work-orders`, {});
    expect(created.status).toBe(201);
    const order = (await boardData()).offersWaiting.find((entry: any) => entry.workOrder.documentId === created.body.data.documentId);
    // Spark lets the deadline pass: the deadline job runs now, as if eight hours had gone by.
    const expired = await strapi.db.query(`UPDATE sr_work_order_offers SET deadline = now() - interval '1 second' WHERE document_id = $1 RETURNING id`, [
      order.documentId,
    ]);
    await enqueueJob(strapi.databaseUrl, 'work-orders.offer-deadline', { offerId: expired.rows[0].id });
    await waitUntil(() => boardRow(order.workOrder.reference), (row) => row.status === 'unassigned');

    await region('Work orders').getByRole('button', { name: /^Unassigned \(\d+\)$/ }).click();
    const row = region('Work orders').getByRole('row').filter({ hasText: order.workOrder.reference });
    await expect(row.textContent()).resolves.toContain('Unassigned');
    await row.getByRole('button', { name: `Dispatch again ${order.workOrder.reference}` }).click();

    await notification(`${order.workOrder.reference} is being offered to the vendors again.`).waitFor();
    await row.waitFor({ state: 'detached' });
    const offer = region('Offers waiting').getByRole('row').filter({ hasText: order.workOrder.reference });
    await expect(offer.textContent()).resolves.toMatch(/Spark Electrical.*(7 hours 5\d minutes|8 hours) left/);
  });
});

describe('An admin who may see the board but not dispatch', () => {
  const WATCHER = { email: 'board-watcher@example.com', password: 'Watcher-demo-2026' };

  /** A role with the desk's and the board's read actions only, and a registered admin user in it. */
  const createWatcher = async () => {
    const role = await admin().post('/admin/roles', { name: 'Dispatch watchers', description: 'Look, do not dispatch' });
    expect(role.status).toBe(201);
    const permissions = await admin().put(`/admin/roles/${role.body.data.id}/permissions`, {
      permissions: ['plugin::service-requests.tickets.read', 'plugin::service-requests.work-orders.read'].map((action) => ({
        action,
        subject: null,
        properties: {},
        conditions: [],
      })),
    });
    expect(permissions.status).toBe(200);
    const invited = await admin().post('/admin/users', { firstname: 'Walt', lastname: 'Watcher', email: WATCHER.email, roles: [role.body.data.id] });
    expect(invited.status).toBe(201);
    const registered = await request(strapi.url)
      .post('/admin/register')
      .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Walt', lastname: 'Watcher', password: WATCHER.password } });
    expect(registered.status).toBe(200);
  };

  it('sees the board and the ticket with no way to cancel, re-dispatch or create a work order', async () => {
    await createWatcher();
    const watcher = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce', ...DISPATCHER })).newPage();
    watcher.setDefaultTimeout(20_000);
    try {
      await watcher.goto(`${strapi.url}/admin`);
      await watcher.getByLabel('Email').fill(WATCHER.email);
      await watcher.getByLabel('Password').fill(WATCHER.password);
      await watcher.getByRole('button', { name: 'Login' }).click();
      await watcher.getByRole('link', { name: 'Dispatch board', exact: true }).click();
      await watcher.getByRole('heading', { level: 1, name: 'Dispatch board' }).waitFor();
      // Whatever state the work order is in now, its row offers nothing to do.
      const { statusLabel } = await boardRow(workOrder.reference);
      await watcher.getByRole('button', { name: new RegExp(`^${statusLabel} \\(\\d+\\)$`) }).click();
      const row = watcher.getByRole('region', { name: 'Work orders' }).getByRole('row').filter({ hasText: workOrder.reference });
      await row.waitFor();
      await expect(watcher.getByRole('columnheader', { name: 'Actions' }).count()).resolves.toBe(0);
      await expect(watcher.locator('main').getByRole('button', { name: /^(Cancel|Dispatch again) WO-/ }).count()).resolves.toBe(0);
      expect(await accessibilityViolationsIn(watcher, 'main')).toEqual([]);

      await row.getByRole('link', { name: new RegExp(`open the request of ${workOrder.reference}`) }).click();
      await watcher.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();
      await watcher.getByRole('region', { name: 'Timeline' }).waitFor();
      await expect(watcher.getByRole('button', { name: 'Create work order' }).count()).resolves.toBe(0);

      // The server refuses what the page does not offer.
      const token = (await request(strapi.url).post('/admin/login').send(WATCHER)).body.data.token;
      const created = await withToken(strapi.url, token).post(`/service-requests/tickets/${ticketDocumentId}/work-orders`, {});
      expect(created.status).toBe(403);
    } finally {
      await watcher.context().close();
    }
  });
});
