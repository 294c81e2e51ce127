import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import type { StrapiProcess } from '../support/strapi-process';
import { startPortalStack, type PortalStack } from '../support/portal-stack';
import { accessibilityViolations } from '../support/browser';
import { pngImage } from '../support/files';
import { adminLogin, DEMO_PASSWORD, withToken } from '../support/portal-api';

/**
 * A plumbing job from the tenant's report to done, through the vendor portal on a phone-sized
 * screen. Demo data: Plumbing is dispatched to Ace Plumbing (vendor@example.com) as soon as staff
 * triage the ticket; the tenant's building, Harbour View Court, keeps Europe/London time.
 */
let stack: PortalStack;
let strapi: StrapiProcess;
let site: PortalStack['site'];
let browser: Browser;
let tenant: Page;
let vendor: Page;
let adminToken: string;

const ZONE = 'Europe/London';
// Two days ahead: inside the 14 days a tenant may offer, and never already past.
const visitDay = DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate()!;
const SUMMARY = 'Bathroom sink leaks into the flat below';

async function logIn(target: Page, email: string, landing: RegExp) {
  await target.goto(`${site.url}/login`);
  await target.getByLabel('Email address').fill(email);
  await target.getByLabel('Password').fill(DEMO_PASSWORD);
  await target.getByRole('button', { name: 'Log in' }).click();
  await target.waitForURL(landing);
}

/** Staff triage through the service desk's admin API; Plumbing then dispatches itself. */
async function staffTriage(documentId: string) {
  const desk = withToken(strapi.url, adminToken);
  const options = (await desk.get('/service-requests/options')).body.data;
  const named = (list: Array<{ name: string; documentId: string }>, name: string) => list.find((entry) => entry.name === name)!.documentId;
  const triaged = await desk.put(`/service-requests/tickets/${documentId}/triage`, {
    type: named(options.types, 'Repair'),
    priority: named(options.priorities, 'Normal'),
  });
  expect(triaged.status).toBe(200);
}

/** Posts a form by clicking `button` and resolves with the page's own answer (200, 303, 400…). */
async function submit(target: Page, button: ReturnType<Page['getByRole']>) {
  const [response] = await Promise.all([
    target.waitForResponse((candidate) => candidate.request().method() === 'POST' && candidate.url().startsWith(site.url)),
    button.click(),
  ]);
  await target.waitForLoadState();
  return response.status();
}

const fillWindow = async (target: Page, name: string, times: { date: string; from: string; to: string }) => {
  const window = target.getByRole('group', { name });
  await window.getByLabel('Date').fill(times.date);
  await window.getByLabel('From').fill(times.from);
  await window.getByLabel('To').fill(times.to);
};

const waitForText = (target: Page, selector: string, text: string) =>
  target.waitForFunction(([sel, expected]) => document.querySelector(sel)?.textContent?.includes(expected) ?? false, [selector, text] as const);

beforeAll(async () => {
  stack = await startPortalStack();
  ({ strapi, site, browser, page: tenant } = stack);
  adminToken = await adminLogin(strapi.url);
  vendor = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  vendor.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await stack?.stop();
});

describe('A vendor takes a plumbing job from the offer to done', () => {
  let ticket: string;
  let workOrderPage: string;

  it('lets the tenant say when someone can come in, and points at the time it cannot use', async () => {
    await logIn(tenant, 'tenant@example.com', /\/requests$/);
    await tenant.goto(`${site.url}/requests/new`);
    await tenant.getByLabel('What is it about? (optional)').selectOption({ label: 'Plumbing' });
    await tenant.getByLabel('Summary').fill(SUMMARY);
    await tenant.getByLabel('What is happening?').fill('Water drips from the trap under the basin whenever it is used.');
    await fillWindow(tenant, 'Time 1', { date: visitDay, from: '09:00', to: '12:00' });
    await fillWindow(tenant, 'Time 2', { date: visitDay, from: '15:00', to: '14:00' });
    expect(await accessibilityViolations(tenant)).toEqual([]);

    expect(await submit(tenant, tenant.getByRole('button', { name: 'Send report' }))).toBe(400);
    const second = tenant.getByRole('group', { name: 'Time 2' });
    await expect(second.locator('.field-error').textContent()).resolves.toBe('The end must be after the start.');
    await expect(second.getByLabel('Date').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(tenant.getByRole('group', { name: 'Time 1' }).getByLabel('From').inputValue()).resolves.toBe('09:00');
    await expect(tenant.getByRole('alert').getByRole('link', { name: 'The end must be after the start.' }).getAttribute('href')).resolves.toBe('#availability-2-date');
    expect(await accessibilityViolations(tenant)).toEqual([]);

    await fillWindow(tenant, 'Time 2', { date: '', from: '', to: '' });
    expect(await submit(tenant, tenant.getByRole('button', { name: 'Send report' }))).toBe(303);
    await tenant.waitForURL(/\/requests\/[a-z0-9]+\?reported=1$/);
    ticket = new URL(tenant.url()).pathname.split('/').pop()!;
    const visit = tenant.locator('#request-visit');
    await expect(visit.getByRole('heading').textContent()).resolves.toBe('Your availability');
    await expect(visit.textContent()).resolves.toMatch(/09:00–12:00 (GMT|BST)/);
    expect(await accessibilityViolations(tenant)).toEqual([]);
  });

  it('offers the job to the vendor, who lands on the offers after logging in and sees no tenant sections', async () => {
    await staffTriage(ticket);
    await logIn(vendor, 'vendor@example.com', /\/vendor\/offers$/);
    const nav = vendor.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: /My offers/ }).textContent()).resolves.toContain('1');
    await expect(nav.getByRole('link', { name: 'My work orders' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'My requests' }).count()).resolves.toBe(0);

    const offer = vendor.locator('.work-card', { hasText: SUMMARY });
    const text = await offer.textContent();
    expect(text).toContain('Harbour View Court, Flat 1');
    expect(text).toContain('12 Quay Street, Bristol');
    expect(text).toMatch(/09:00–12:00 (GMT|BST)/);
    expect(text).toMatch(/Answer by.+\(\d+ hours? .*left\)/);
    expect(text).toContain('Water drips from the trap');
    expect(await accessibilityViolations(vendor)).toEqual([]);

    // The residents' pages are not the vendor's: those addresses lead back to the vendor's own.
    await vendor.goto(`${site.url}/requests`);
    await vendor.waitForURL(/\/vendor\/offers$/);
  });

  it('accepts the offer and books the visit inside the tenant\'s availability, after a clear refusal outside it', async () => {
    // A second tab still shows the offer after it is accepted in the first.
    const stale = await vendor.context().newPage();
    await stale.goto(`${site.url}/vendor/offers`);
    const offer = vendor.locator('.work-card', { hasText: SUMMARY });
    expect(await submit(vendor, offer.getByRole('button', { name: /^Accept/ }))).toBe(303);
    await vendor.waitForURL(/\/vendor\/work-orders\/[a-z0-9]+\?done=accepted$/);
    workOrderPage = vendor.url().split('?')[0];

    expect(await submit(stale, stale.locator('.work-card', { hasText: SUMMARY }).getByRole('button', { name: /^Accept/ }))).toBe(410);
    await expect(stale.getByRole('status').textContent()).resolves.toMatch(/^This offer is no longer open.+It has been taken off your list\.$/);
    await expect(stale.locator('.work-card', { hasText: SUMMARY }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(stale)).toEqual([]);
    await stale.close();

    await expect(vendor.getByRole('status').textContent()).resolves.toContain('You accepted this job');
    await expect(vendor.locator('.facts').textContent()).resolves.toContain('Not booked yet');
    expect(await accessibilityViolations(vendor)).toEqual([]);

    const booking = vendor.getByRole('form', { name: 'Book the visit' });
    await booking.getByLabel('Date').fill(visitDay);
    await booking.getByLabel('Starts at').fill('13:00');
    await booking.getByLabel('Ends at').fill('14:00');
    expect(await submit(vendor, booking.getByRole('button', { name: 'Book the visit' }))).toBe(400);
    const refusal = "That time is outside the tenant's availability";
    await expect(vendor.locator('#schedule-from-error').textContent()).resolves.toContain(refusal);
    await expect(booking.getByLabel('Starts at').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(vendor.getByRole('alert').getByRole('link', { name: new RegExp(refusal) }).getAttribute('href')).resolves.toBe('#schedule-from');
    await expect(booking.getByLabel('Starts at').inputValue()).resolves.toBe('13:00');
    expect(await accessibilityViolations(vendor)).toEqual([]);

    await booking.getByLabel('Starts at').fill('09:30');
    await booking.getByLabel('Ends at').fill('10:30');
    expect(await submit(vendor, booking.getByRole('button', { name: 'Book the visit' }))).toBe(303);
    await expect(vendor.getByRole('status').textContent()).resolves.toContain('The visit is booked');
    await expect(vendor.locator('.facts').textContent()).resolves.toMatch(/09:30–10:30 (GMT|BST)/);
    await expect(vendor.locator('.facts .badge').textContent()).resolves.toBe('Scheduled');
    expect(await accessibilityViolations(vendor)).toEqual([]);
  });

  it('shows the tenant who comes and when', async () => {
    await tenant.goto(`${site.url}/requests/${ticket}`);
    const visit = tenant.locator('#request-visit');
    await expect(visit.locator('.visit-line').textContent()).resolves.toMatch(/^Visit: Ace Plumbing, .+09:30–10:30 (GMT|BST)$/);
    await expect(visit.textContent()).resolves.toContain('Your availability');
    expect(await accessibilityViolations(tenant)).toEqual([]);
  });

  it('lets the vendor propose another time, which the tenant confirms on the request page', async () => {
    await vendor.getByText('None of these times work? Propose another time').click();
    const proposal = vendor.getByRole('form', { name: 'None of these times work? Propose another time' });
    await proposal.getByLabel('Date').fill(visitDay);
    await proposal.getByLabel('Starts at').fill('16:00');
    await proposal.getByLabel('Ends at').fill('17:00');
    expect(await submit(vendor, proposal.getByRole('button', { name: 'Propose this time' }))).toBe(303);
    await expect(vendor.getByRole('status').textContent()).resolves.toContain('Your time has been sent to the tenant');
    await expect(vendor.locator('.facts').textContent()).resolves.toMatch(/You proposed.+16:00–17:00 (GMT|BST), waiting for the tenant to confirm/);
    expect(await accessibilityViolations(vendor)).toEqual([]);

    await tenant.goto(`${site.url}/requests/${ticket}`);
    await expect(tenant.locator('#request-visit .proposal').textContent()).resolves.toMatch(/The contractor proposes .+16:00–17:00 (GMT|BST)/);
    expect(await accessibilityViolations(tenant)).toEqual([]);
    expect(await submit(tenant, tenant.getByRole('button', { name: 'Confirm this time' }))).toBe(303);
    await expect(tenant.getByRole('status').textContent()).resolves.toContain('The visit is booked');
    await expect(tenant.locator('#request-visit .visit-line').textContent()).resolves.toMatch(/^Visit: Ace Plumbing, .+16:00–17:00 (GMT|BST)$/);
    await expect(tenant.getByRole('button', { name: 'Confirm this time' }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(tenant)).toEqual([]);

    await vendor.reload();
    await expect(vendor.locator('.facts').textContent()).resolves.toMatch(/Visit.+16:00–17:00 (GMT|BST)/);
  });

  it('starts and marks the job done, and the tenant\'s open page turns Resolved by itself', async () => {
    const streaming = tenant.waitForResponse((response) => response.url().endsWith(`/requests/${ticket}/events`) && response.status() === 200);
    await tenant.goto(`${site.url}/requests/${ticket}`);
    await streaming;

    await vendor.goto(workOrderPage);
    expect(await submit(vendor, vendor.getByRole('button', { name: 'Start work' }))).toBe(303);
    await expect(vendor.getByRole('status').textContent()).resolves.toBe('Work started.');
    await expect(vendor.locator('.facts .badge').textContent()).resolves.toBe('In progress');
    expect(await accessibilityViolations(vendor)).toEqual([]);

    expect(await submit(vendor, vendor.getByRole('button', { name: 'Mark the job done' }))).toBe(303);
    await expect(vendor.getByRole('status').textContent()).resolves.toContain('The job is marked done');
    await expect(vendor.locator('.facts .badge').textContent()).resolves.toBe('Completed');
    expect(await accessibilityViolations(vendor)).toEqual([]);

    await waitForText(tenant, '#request-facts .badge', 'Resolved');
    expect(await accessibilityViolations(tenant)).toEqual([]);
  });

  it('takes photos of the job and shows them behind signed links', async () => {
    await vendor.getByText('Add photos').click();
    await vendor.getByLabel('Photos').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: pngImage() });
    expect(await submit(vendor, vendor.getByRole('button', { name: 'Upload photos' }))).toBe(303);
    const photo = vendor.getByRole('region', { name: 'Photos' }).getByRole('link', { name: 'after.png' });
    const href = await photo.getAttribute('href');
    expect(href).toMatch(/^\/files\?link=/);
    const served = await vendor.request.get(`${site.url}${href}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(await accessibilityViolations(vendor)).toEqual([]);
  });

  it('takes the invoice, and lists the job under Done', async () => {
    const invoice = vendor.getByRole('region', { name: 'Send your invoice' });
    await invoice.getByLabel('Invoice number').fill('ACE-2026-118');
    await invoice.getByLabel('Amount').fill('145.50');
    expect(await submit(vendor, invoice.getByRole('button', { name: 'Send invoice' }))).toBe(303);
    await expect(vendor.getByRole('status').textContent()).resolves.toContain('Your invoice has been received');
    await expect(vendor.locator('.facts').textContent()).resolves.toContain('ACE-2026-118, 145.50');

    await vendor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work orders' }).click();
    await vendor.waitForURL(/\/vendor\/work-orders$/);
    await expect(vendor.locator('.work-card', { hasText: SUMMARY }).count()).resolves.toBe(0);
    await vendor.getByRole('link', { name: 'Done' }).click();
    await vendor.waitForURL(/\/vendor\/work-orders\?done=true$/);
    await expect(vendor.locator('.work-card', { hasText: SUMMARY }).locator('.badge').textContent()).resolves.toBe('Completed');
    expect(await accessibilityViolations(vendor)).toEqual([]);
  });
});

describe('The vendor pages for anyone else', () => {
  it('tells a tenant the pages are for vendors', async () => {
    const response = await tenant.goto(`${site.url}/vendor/offers`);
    expect(response?.status()).toBe(403);
    await expect(tenant.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This page is for vendors');
    expect(await accessibilityViolations(tenant)).toEqual([]);
  });
});
