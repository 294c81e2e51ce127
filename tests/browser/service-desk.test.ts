import request from 'supertest';
import type { Browser, Page } from 'playwright-core';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { accessibilityViolationsIn, launchChromium } from '../support/browser';
import { DEMO_PASSWORD, adminLogin, loginAs, placesOf, withToken } from '../support/portal-api';
import { startSite } from '../support/site-process';
import { freePort } from '../../scripts/lib/net.cjs';

/**
 * An agent works a tenant's report in the admin's service desk, from the queue to a published
 * comment, while the tenant watches the request's page in the portal.
 */
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let site: Awaited<ReturnType<typeof startSite>>;
let browser: Browser;
/** The agent in the admin panel. */
let desk: Page;
/** The tenant's request page, in its own browser context. */
let portal: Page;
let tenantJwt: string;
let ticket: { documentId: string; reference: string };

const SUMMARY = 'Water coming through the bathroom ceiling';
const INTERNAL_NOTE = 'Flat 2 above had a burst pipe last year: check there first.';
const STATUS_NOTE = 'Plumber booked for Thursday morning.';

/** Our pages' own content, without Strapi's menus around them. */
const DESK_CONTENT = 'main';

const notification = (text: string) => desk.getByText(text, { exact: false }).first();
const timeline = () => desk.getByRole('region', { name: 'Timeline' });
const comments = () => desk.getByRole('region', { name: 'Comments' });
const currentStatus = (status: string) => desk.getByRole('region', { name: 'Status' }).getByText(status, { exact: true });

/** The tenant's view of the request through the portal API: what the portal may show them. */
const tenantView = async () => {
  const response = await withToken(strapi.url, tenantJwt).get(`/api/service-requests/tickets/${ticket.documentId}`);
  expect(response.status).toBe(200);
  return JSON.stringify(response.body.data);
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  const sitePort = await freePort();
  strapi = await startStrapi({ smtpPort: smtp.port, env: { SERVE_ADMIN: 'true', SITE_URL: `http://127.0.0.1:${sitePort}` } });
  site = await startSite({ port: sitePort, strapiUrl: strapi.url });
  browser = await launchChromium();
  desk = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' })).newPage();
  desk.setDefaultTimeout(20_000);
  portal = await (await browser.newContext()).newPage();
  portal.setDefaultTimeout(20_000);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await strapi?.stop();
  await smtp?.close();
});

describe('An agent works a tenant’s report in the service desk', () => {
  it('receives the tenant’s report from the portal API, and the tenant opens its page in the portal', async () => {
    const [place] = await placesOf(strapi.url, tenantJwt);
    const reported = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
      summary: SUMMARY,
      description: 'A brown stain above the bath, dripping since this morning.',
      location: place.location.documentId,
      unit: place.unit!.documentId,
      visibility: 'management',
    });
    expect(reported.status).toBe(201);
    ticket = { documentId: reported.body.data.documentId, reference: reported.body.data.reference };
    expect(ticket.reference).toMatch(/^SR-\d{5}$/);

    await portal.goto(`${site.url}/login`);
    await portal.getByLabel('Email address').fill('tenant@example.com');
    await portal.getByLabel('Password').fill(DEMO_PASSWORD);
    await portal.getByRole('button', { name: 'Log in' }).click();
    await portal.waitForURL(`${site.url}/requests`);
    // The page follows the request over server-sent events; it is open before the agent does anything.
    const streaming = portal.waitForResponse(
      (response) => response.request().resourceType() === 'eventsource' && response.status() === 200,
    );
    await portal.goto(`${site.url}/requests/${ticket.documentId}`);
    await streaming;
    await expect(portal.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(SUMMARY);
    // Survives only as long as the document does: a reload or a navigation would drop it.
    await portal.evaluate(() => ((window as any).openedBeforeTheAgent = true));
  });

  it('finds it in the queue by its reference, untriaged', async () => {
    await desk.goto(`${strapi.url}/admin`);
    await desk.getByLabel('Email').fill('admin@example.com');
    await desk.getByLabel('Password').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: 'Login' }).click();
    await desk.getByRole('link', { name: 'Service desk' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Service desk' }).waitFor();

    await desk.getByLabel('Search by summary or reference').fill(ticket.reference);
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/_q=SR-\d{5}/);
    // The table's caption says what it shows once the search's answer is in.
    await desk
      .locator('main table caption')
      .filter({ hasText: `1 service request matching “${ticket.reference}”` })
      .waitFor({ state: 'attached' });
    const link = desk.getByRole('link', { name: `${ticket.reference}: ${SUMMARY}` });
    // The header row and this ticket's.
    await expect(desk.locator('main table').getByRole('row').count()).resolves.toBe(2);
    const row = desk.getByRole('row').filter({ has: link });
    await expect(row.textContent()).resolves.toMatch(/New.*Unassigned.*New PM Enquiry.*Harbour View Court, Flat 1.*No target yet/);

    // The status buttons count the search's tickets per status; choosing one keeps it in the URL.
    await desk.getByRole('button', { name: 'New (1)' }).click();
    await desk.waitForURL(/status=new/);
    await expect(desk.getByRole('button', { name: 'New (1)' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await link.waitFor();
    expect(await accessibilityViolationsIn(desk, DESK_CONTENT)).toEqual([]);
  });

  it('opens it and is told to triage it first', async () => {
    await desk.getByRole('link', { name: `${ticket.reference}: ${SUMMARY}` }).click();
    await desk.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();
    await desk.getByText('Set the type and priority first').waitFor();
    await expect(desk.getByRole('region', { name: 'Details' }).textContent()).resolves.toContain('tenant@example.com');
    expect(await accessibilityViolationsIn(desk, DESK_CONTENT)).toEqual([]);
  });

  it('sets the type and priority, which opens the request and shows in the timeline', async () => {
    await desk.getByRole('combobox', { name: /^Type/ }).click();
    await desk.getByRole('option', { name: 'Repair', exact: true }).click();
    await desk.getByRole('combobox', { name: /^Priority/ }).click();
    await desk.getByRole('option', { name: /^High \(/ }).click();
    await desk.getByRole('button', { name: 'Save triage' }).click();

    await notification('Triage saved. The request is open.').waitFor();
    await currentStatus('Open').waitFor();
    await desk.getByText('Set the type and priority first').waitFor({ state: 'detached' });
    await timeline().getByText('Status: New → Open').waitFor();
    await expect(timeline().textContent()).resolves.toContain('Alex Admin');
    // The priority set the SLA targets.
    await expect(desk.getByRole('region', { name: 'Details' }).textContent()).resolves.toMatch(/First response\s*Due .+\(due in/);
  });

  it('adds an internal comment that the tenant does not get', async () => {
    await comments().getByRole('textbox', { name: 'Comment' }).fill(INTERNAL_NOTE);
    await expect(comments().getByRole('switch', { name: 'Publish to the portal' }).getAttribute('aria-checked')).resolves.toBe('false');
    await comments().getByRole('button', { name: 'Add internal comment' }).click();

    await notification('Internal comment added.').waitFor();
    const comment = comments().getByRole('listitem').filter({ hasText: INTERNAL_NOTE });
    await comment.getByText('Internal', { exact: true }).waitFor();
    await expect(comments().getByRole('textbox', { name: 'Comment' }).inputValue()).resolves.toBe('');
    await expect(tenantView()).resolves.not.toContain(INTERNAL_NOTE);
  });

  it('publishes it, and the tenant’s open page shows it without a reload', async () => {
    const comment = comments().getByRole('listitem').filter({ hasText: INTERNAL_NOTE });
    await comment.getByRole('button', { name: /^Publish to portal/ }).click();

    await notification('Comment published to the portal.').waitFor();
    await comment.getByText('Published to portal', { exact: true }).waitFor();
    await expect(comment.getByRole('button', { name: /^Publish to portal/ }).count()).resolves.toBe(0);
    await timeline().getByText('Comment published to the portal').waitFor();
    await expect(tenantView()).resolves.toContain(INTERNAL_NOTE);

    await portal.locator('main').getByText(INTERNAL_NOTE).waitFor();
    await expect(portal.evaluate(() => (window as any).openedBeforeTheAgent)).resolves.toBe(true);
  });

  it('starts the work with a note, which the timeline keeps', async () => {
    await desk.getByRole('group', { name: 'Change the status' }).getByRole('button', { name: 'Start work' }).click();
    const dialog = desk.getByRole('alertdialog', { name: 'Start work' });
    await expect(dialog.textContent()).resolves.toContain('The request becomes “In progress”.');
    expect(await accessibilityViolationsIn(desk, '[role="alertdialog"]')).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Note' }).fill(STATUS_NOTE);
    await dialog.getByRole('button', { name: 'Start work' }).click();

    await dialog.waitFor({ state: 'detached' });
    await notification('Start work: the request is now in progress.').waitFor();
    await currentStatus('In progress').waitFor();
    const step = timeline().getByRole('listitem').filter({ hasText: 'Status: Open → In progress' });
    await expect(step.textContent()).resolves.toContain(STATUS_NOTE);
    await expect(step.textContent()).resolves.toContain('Alex Admin');
    expect(await accessibilityViolationsIn(desk, DESK_CONTENT)).toEqual([]);
  });

  it('goes back to the queue as it was left, and filters it by priority', async () => {
    await desk.getByRole('link', { name: 'Back to the queue' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Service desk' }).waitFor();
    expect(new URL(desk.url()).searchParams.get('status')).toBe('new');
    // Filtered to new requests, the search finds nothing now: the request is in progress.
    await desk.getByText('No service request matches these filters.').waitFor();
    await desk.getByRole('button', { name: 'In progress (1)' }).click();
    const link = desk.getByRole('link', { name: `${ticket.reference}: ${SUMMARY}` });
    await link.waitFor();
    await expect(desk.getByRole('row').filter({ has: link }).textContent()).resolves.toMatch(/In progress.*High.*Repair/);

    await desk.getByRole('combobox', { name: 'Priority' }).click();
    await desk.getByRole('option', { name: 'Low', exact: true }).click();
    await desk.getByText('No service request matches these filters.').waitFor();
    await desk.getByRole('combobox', { name: 'Priority' }).click();
    await desk.getByRole('option', { name: 'High', exact: true }).click();
    await link.waitFor();
  });
});

describe('An admin who may only read the service desk', () => {
  const READER = { email: 'desk-reader@example.com', password: 'Reader-demo-2026' };

  /** A role holding only the desk's read action, and a registered admin user in it. */
  const createReader = async () => {
    const admin = withToken(strapi.url, await adminLogin(strapi.url));
    const role = await admin.post('/admin/roles', { name: 'Service desk readers', description: 'Look, do not touch' });
    expect(role.status).toBe(201);
    const permissions = await admin.put(`/admin/roles/${role.body.data.id}/permissions`, {
      permissions: [{ action: 'plugin::service-requests.tickets.read', subject: null, properties: {}, conditions: [] }],
    });
    expect(permissions.status).toBe(200);
    const invited = await admin.post('/admin/users', {
      firstname: 'Rita',
      lastname: 'Reader',
      email: READER.email,
      roles: [role.body.data.id],
    });
    expect(invited.status).toBe(201);
    const registered = await request(strapi.url)
      .post('/admin/register')
      .send({
        registrationToken: invited.body.data.registrationToken,
        userInfo: { firstname: 'Rita', lastname: 'Reader', password: READER.password },
      });
    expect(registered.status).toBe(200);
  };

  it('sees the request with nothing offered that would change it', async () => {
    await createReader();
    const reader = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' })).newPage();
    reader.setDefaultTimeout(20_000);
    try {
      await reader.goto(`${strapi.url}/admin`);
      await reader.getByLabel('Email').fill(READER.email);
      await reader.getByLabel('Password').fill(READER.password);
      await reader.getByRole('button', { name: 'Login' }).click();
      await reader.getByRole('link', { name: 'Service desk' }).click();
      await reader.getByRole('link', { name: `${ticket.reference}: ${SUMMARY}` }).click();
      await reader.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();

      await reader.getByText('You can read the comments but not add one.').waitFor();
      await reader.getByText('You can see the status but not change it.').waitFor();
      await reader.getByText('You can see the triage but not change it.').waitFor();
      await expect(reader.getByRole('region', { name: 'Comments' }).getByText(INTERNAL_NOTE).count()).resolves.toBe(1);
      await expect(
        reader
          .locator('main')
          .getByRole('button', { name: /Save|Start work|Put on hold|Publish to portal|Add internal comment/ })
          .count(),
      ).resolves.toBe(0);
      await expect(reader.getByRole('combobox', { name: /^Type/ }).isDisabled()).resolves.toBe(true);
      await expect(reader.getByRole('radio', { name: 'The whole building' }).isDisabled()).resolves.toBe(true);
      expect(await accessibilityViolationsIn(reader, DESK_CONTENT)).toEqual([]);
    } finally {
      await reader.context().close();
    }
  });
});
