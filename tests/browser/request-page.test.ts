import type { Browser, Page } from 'playwright-core';
import type { StrapiProcess } from '../support/strapi-process';
import { startPortalStack, type PortalStack } from '../support/portal-stack';
import { accessibilityViolations } from '../support/browser';
import { adminLogin, DEMO_PASSWORD, loginAs, placesOf, withToken } from '../support/portal-api';

let stack: PortalStack;
let strapi: StrapiProcess;
let site: PortalStack['site'];
let browser: Browser;
let page: Page;
let adminToken: string;
let tenantJwt: string;
let blockRequest: string;

/** The tenant reports a problem through the content API; the page under test is where they follow it. */
async function report(summary: string, visibility: 'management' | 'unit' | 'block') {
  const [place] = await placesOf(strapi.url, tenantJwt);
  const response = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
    summary,
    description: `${summary}. Reported from the request page test.`,
    location: place.location.documentId,
    unit: place.unit?.documentId,
    visibility,
  });
  expect(response.status).toBe(201);
  return response.body.data.documentId as string;
}

/** Staff work on a ticket through the service desk's admin API, as the admin pages do. */
const desk = () => withToken(strapi.url, adminToken);

async function staffTriageAndOpen(documentId: string) {
  const options = (await desk().get('/service-requests/options')).body.data;
  const triaged = await desk().put(`/service-requests/tickets/${documentId}/triage`, {
    type: options.types[0].documentId,
    priority: options.priorities[0].documentId,
    category: options.categories[0]?.documentId ?? null,
    department: null,
    assignee: null,
  });
  expect(triaged.status).toBe(200);
  // Completing triage may open the ticket by itself; otherwise staff open it.
  if (triaged.body.data.status === 'new') await staffMove(documentId, 'open');
  return options.categories[0]?.name as string | undefined;
}

async function staffMove(documentId: string, event: string) {
  const response = await desk().post(`/service-requests/tickets/${documentId}/transitions`, { event });
  expect(response.status).toBe(200);
}

async function logIn(target: Page, email: string) {
  await target.goto(`${site.url}/login`);
  await target.getByLabel('Email address').fill(email);
  await target.getByLabel('Password').fill(DEMO_PASSWORD);
  await target.getByRole('button', { name: 'Log in' }).click();
  await target.waitForURL(`${site.url}/requests`);
}

/** Opens a request page and waits until its live event stream is connected. */
async function openLive(target: Page, documentId: string) {
  const streaming = target.waitForResponse((response) => response.url().endsWith(`/requests/${documentId}/events`) && response.status() === 200);
  await target.goto(`${site.url}/requests/${documentId}`);
  await streaming;
}

const facts = () => page.locator('.facts');
const waitForText = (target: Page, selector: string, text: string) =>
  target.waitForFunction(([sel, expected]) => document.querySelector(sel)?.textContent?.includes(expected) ?? false, [selector, text] as const);

beforeAll(async () => {
  stack = await startPortalStack();
  ({ strapi, site, page, browser } = stack);
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  blockRequest = await report('Gutter above the entrance overflows', 'block');
  await logIn(page, 'tenant@example.com');
});

afterAll(async () => {
  await stack?.stop();
});

describe('The reporter follows a request on its page', () => {
  it('shows the status, and follows the staff changes and messages live without reloading', async () => {
    await openLive(page, blockRequest);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Gutter above the entrance overflows');
    await expect(facts().textContent()).resolves.toContain('Received');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Survives only as long as the document does: a reload or navigation would drop it.
    await page.evaluate(() => ((window as any).sameDocument = true));
    const streams: string[] = [];
    const countStreams = (request: { url(): string }) => request.url().endsWith('/events') && streams.push(request.url());
    page.on('request', countStreams);

    const category = await staffTriageAndOpen(blockRequest);
    await waitForText(page, '#request-facts .badge', 'Open');
    if (category) await expect(facts().textContent()).resolves.toContain(category);
    await expect(page.locator('.due').textContent()).resolves.toMatch(/Management aims to resolve this by .+ \(in .+\)\./);

    await staffMove(blockRequest, 'start');
    const comment = await desk().post(`/service-requests/tickets/${blockRequest}/comments`, {
      body: 'A roofer will clear the gutter on Thursday morning.',
      published: true,
    });
    expect([200, 201]).toContain(comment.status);
    await waitForText(page, '#request-facts .badge', 'In progress');
    await waitForText(page, '#request-messages', 'A roofer will clear the gutter on Thursday morning.');
    await waitForText(page, '#live-announcer', 'This request was updated');

    await expect(page.evaluate(() => (window as any).sameDocument)).resolves.toBe(true);
    // The updates came down the one open stream, not from reconnecting over and over.
    page.off('request', countStreams);
    expect(streams).toEqual([]);
    const timeline = await page.locator('.timeline').textContent();
    expect(timeline).toContain('Received');
    expect(timeline).toContain('In progress');
    // Staff are never named on the portal.
    await expect(page.locator('main').textContent()).resolves.not.toContain('Alex');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('switches email updates off, without JavaScript needed for the form', async () => {
    const checkbox = page.getByLabel('Email me about updates to this request');
    await expect(checkbox.isChecked()).resolves.toBe(true);
    await checkbox.uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\?notifications=off#notifications$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('We will no longer email you about this request');
    await expect(page.getByLabel('Email me about updates to this request').isChecked()).resolves.toBe(false);
    const stored = await withToken(strapi.url, tenantJwt).get(`/api/service-requests/tickets/${blockRequest}`);
    expect(stored.body.data.notifyOnUpdate).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('offers no cancelling once work has started', async () => {
    await expect(page.getByText('Cancel this request', { exact: true }).count()).resolves.toBe(0);
  });

  it('asks what a new problem is about, and shows it on the request', async () => {
    await page.goto(`${site.url}/requests/new`);
    await page.getByLabel('What is it about? (optional)').selectOption({ label: 'Plumbing' });
    await page.getByLabel('Summary').fill('Kitchen tap drips');
    await page.getByLabel('What is happening?').fill('It drips all night, even when turned off hard.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForURL(/\/requests\/[a-z0-9]+\?reported=1$/);
    await expect(facts().textContent()).resolves.toContain('Plumbing');
  });

  it('leaves a form the reporter is filling in alone when the page updates itself, and says why cancelling was refused', async () => {
    const kitchenTap = new URL(page.url()).pathname.split('/').pop()!;
    await openLive(page, kitchenTap);
    await page.getByText('Cancel this request', { exact: true }).click();
    await page.getByLabel('Why are you cancelling it? (optional)').fill('It stopped by itself.');
    await staffTriageAndOpen(kitchenTap);
    await staffMove(kitchenTap, 'start');
    await waitForText(page, '#request-facts .badge', 'In progress');
    await expect(page.getByLabel('Why are you cancelling it? (optional)').inputValue()).resolves.toBe('It stopped by itself.');

    const [refusal] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Yes, cancel this request' }).click(),
    ]);
    expect([400, 403]).toContain(refusal.status());
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Please check the form.+/);
    await expect(page.getByText('Cancel this request', { exact: true }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('cancels a request that is still new, after a confirmation step', async () => {
    const mistake = await report('Hallway light flickers', 'management');
    await page.goto(`${site.url}/requests/${mistake}`);
    const confirm = page.getByRole('button', { name: 'Yes, cancel this request' });
    await expect(confirm.isVisible()).resolves.toBe(false);
    await page.getByText('Cancel this request', { exact: true }).click();
    await page.getByLabel('Why are you cancelling it? (optional)').fill('It was the bulb; I changed it myself.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await confirm.click();

    await page.waitForURL(/\?cancelled=1$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('You cancelled this request');
    await expect(facts().textContent()).resolves.toContain('Cancelled');
    await expect(page.getByText('Cancel this request', { exact: true }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('asks for a rating once the request is resolved, and says so when a low rating reopens it', async () => {
    await openLive(page, blockRequest);
    await staffMove(blockRequest, 'resolve');
    // The rating form appears by itself.
    await waitForText(page, '#request-facts .badge', 'Resolved');
    await page.getByRole('group', { name: 'How satisfied are you with how this request was handled?' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send rating' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Choose how satisfied you are');
    await expect(page.getByLabel('Extremely Satisfied').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Dissatisfied', { exact: true }).check();
    await page.getByLabel('Anything you would like to tell us? (optional)').fill('The gutter overflowed again the next day.');
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.waitForURL(/\?rated=1#rating$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('we have reopened it and alerted the management team');
    await expect(page.locator('#rating').textContent()).resolves.toContain('Dissatisfied');
    await expect(facts().textContent()).resolves.toContain('Open');
    await expect(page.getByRole('button', { name: 'Send rating' }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists the requests with their status and who reported them', async () => {
    await page.goto(`${site.url}/requests`);
    const card = page.locator('.ticket-card', { hasText: 'Gutter above the entrance overflows' });
    await expect(card.textContent()).resolves.toContain('by you');
    await expect(card.locator('.badge').textContent()).resolves.toBe('Open');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('A neighbour and a browser without JavaScript', () => {
  it('shows a neighbour a block-shared request without naming the reporter or offering the reporter\'s controls', async () => {
    const neighbour = await (await browser.newContext()).newPage();
    await logIn(neighbour, 'occupant@example.com');
    const card = neighbour.locator('.ticket-card', { hasText: 'Gutter above the entrance overflows' });
    await expect(card.textContent()).resolves.toContain('by a resident');

    await neighbour.goto(`${site.url}/requests/${blockRequest}`);
    await expect(neighbour.locator('.facts').textContent()).resolves.toContain('by a resident');
    for (const control of ['Yes, cancel this request', 'Save', 'Send rating', 'Send message']) {
      await expect(neighbour.getByRole('button', { name: control }).count()).resolves.toBe(0);
    }
    await expect(neighbour.getByText('Cancel this request', { exact: true }).count()).resolves.toBe(0);
    await expect(neighbour.locator('main').textContent()).resolves.not.toContain('Tara');
    expect(await accessibilityViolations(neighbour)).toEqual([]);

    // The live updates of a request the neighbour may not see are refused like the page itself.
    const hidden = await report('Private matter for management', 'management');
    const events = await neighbour.request.get(`${site.url}/requests/${hidden}/events`);
    expect(events.status()).toBe(404);
    await neighbour.context().close();
  });

  it('renders the current state with JavaScript disabled', async () => {
    const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await logIn(plain, 'tenant@example.com');
    await staffMove(blockRequest, 'start');
    await plain.goto(`${site.url}/requests/${blockRequest}`);
    await expect(plain.locator('.facts').textContent()).resolves.toContain('In progress');
    await expect(plain.locator('.timeline').textContent()).resolves.toContain('Resolved');
    await expect(plain.locator('.messages').textContent()).resolves.toContain('A roofer will clear the gutter on Thursday morning.');
    await expect(plain.locator('#rating').textContent()).resolves.toContain('Dissatisfied');
    await expect(plain.getByLabel('Email me about updates to this request').isChecked()).resolves.toBe(false);
    // axe-core runs as a script in the page, so it cannot check this one; the same markup was checked above.
    await plain.context().close();
  });
});
