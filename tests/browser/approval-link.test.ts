import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import type { StrapiProcess } from '../support/strapi-process';
import type { SmtpCapture } from '../support/smtp-capture';
import { startPortalStack, type PortalStack } from '../support/portal-stack';
import { accessibilityViolations } from '../support/browser';
import { adminLogin, loginAs, placesOf, withToken } from '../support/portal-api';

/**
 * The owner decides from the email on their phone, without logging in. Demo data: Ace Plumbing
 * (vendor@example.com) takes plumbing at Harbour View Court, whose Flat 1 is owned by
 * owner@example.com; admin@example.com manages the building. Both are asked to approve.
 */
let stack: PortalStack;
let strapi: StrapiProcess;
let smtp: SmtpCapture;
let site: PortalStack['site'];
let page: Page;
let vendorJwt: string;

const ZONE = 'Europe/London';
const SUMMARY = 'Shower tray cracked and leaking';
const REASON = 'The tray is cracked right through; a new one has to be ordered.';

/** A plumbing job the vendor accepted, booked and then could not finish; its work order's documentId and reference. */
async function jobMarkedNotDone() {
  const adminToken = await adminLogin(strapi.url);
  const tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  vendorJwt = await loginAs(strapi.url, 'vendor@example.com');
  const [flat] = await placesOf(strapi.url, tenantJwt);
  const desk = withToken(strapi.url, adminToken);
  const options = (await desk.get('/service-requests/options')).body.data;
  const named = (list: Array<{ name: string; documentId: string }>, name: string) => list.find((entry) => entry.name === name)!.documentId;

  const day = DateTime.now().setZone(ZONE).plus({ days: 2 }).startOf('day');
  const at = (hour: number, minute = 0) => day.set({ hour, minute }).toUTC().toISO()!;
  const reported = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
    summary: SUMMARY,
    description: 'Water gets under the tray every time the shower is used.',
    location: flat.location.documentId,
    unit: flat.unit!.documentId,
    visibility: 'management',
    category: named(options.categories, 'Plumbing'),
    availability: [{ start: at(9), end: at(12) }],
  });
  expect(reported.status).toBe(201);
  const triaged = await desk.put(`/service-requests/tickets/${reported.body.data.documentId}/triage`, {
    type: named(options.types, 'Repair'),
    priority: named(options.priorities, 'Normal'),
  });
  expect(triaged.status).toBe(200);

  const portal = withToken(strapi.url, vendorJwt);
  const offer = (await portal.get('/api/service-requests/vendor/offers')).body.data.find((candidate: any) => candidate.workOrder.summary === SUMMARY);
  expect((await portal.post(`/api/service-requests/vendor/offers/${offer.documentId}/accept`, {})).status).toBe(200);
  const orders = `/api/service-requests/vendor/work-orders/${offer.workOrder.documentId}`;
  expect((await portal.post(`${orders}/schedule`, { start: at(9, 30), end: at(10, 30) })).status).toBe(200);
  const notDone = await portal.post(`${orders}/not-done`, { reason: REASON, estimate: 640 });
  expect(notDone.status).toBe(200);
  expect(notDone.body.data.status).toBe('awaiting_approval');
  return { documentId: offer.workOrder.documentId as string, reference: offer.workOrder.reference as string };
}

const stateOf = async (documentId: string) =>
  (await strapi.db.query(`SELECT state FROM sr_work_orders WHERE document_id = $1`, [documentId])).rows[0]?.state as string;

const usedTokens = async () => (await strapi.db.query(`SELECT count(*)::int AS n FROM sr_action_tokens WHERE used_at IS NOT NULL`)).rows[0].n as number;

let order: { documentId: string; reference: string };
let links: { approve: string; reject: string };

beforeAll(async () => {
  stack = await startPortalStack();
  ({ strapi, smtp, site, page } = stack);
  await page.setViewportSize({ width: 390, height: 844 });
  order = await jobMarkedNotDone();
  const mail = await smtp.waitFor((message) => message.to.includes('owner@example.com') && message.subject.includes(`approval needed for ${order.reference}`));
  links = { approve: /Approve: (\S+)/.exec(mail.text)![1], reject: /Reject: (\S+)/.exec(mail.text)![1] };
  // The email links to this portal's own page, not to the API.
  expect(links.approve.startsWith(`${site.url}/act/`)).toBe(true);
});

afterAll(async () => {
  await stack?.stop();
});

describe('An owner approves the work from the email link', () => {
  it('opens a page that says what would be approved, and changes nothing by being opened', async () => {
    const response = await page.goto(links.approve);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Approve the work?');
    const main = await page.locator('main').textContent();
    expect(main).toContain(order.reference);
    expect(main).toContain(SUMMARY);
    expect(main).toContain('Ace Plumbing could not finish the job and asks whether the work should go ahead at an estimated 640.00.');
    expect(main).toContain('Harbour View Court');
    // One decision on the page, and no way into the rest of the portal from it.
    await expect(page.getByRole('button').count()).resolves.toBe(1);
    await expect(page.getByRole('navigation').count()).resolves.toBe(0);
    await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('same-origin');
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(await stateOf(order.documentId)).toBe('awaiting_approval');
    expect(await usedTokens()).toBe(0);
  });

  it('approves with one press and a note, and says it is done', async () => {
    await page.getByLabel('Add a note (optional)').fill('Go ahead, but please keep the old taps.');
    await page.getByRole('button', { name: 'Approve the work' }).click();
    await page.waitForURL(/\/act\/[^?]+\?done=1$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/You approved the work$/);
    await expect(page.locator('main').textContent()).resolves.toContain('The contractor will be asked to book a new visit');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Approved: back to the vendor, who books again.
    expect(await stateOf(order.documentId)).toBe('accepted');
    expect(await usedTokens()).toBe(1);
  });

  it('says the link was already used when it is opened again, and the other link agrees', async () => {
    const again = await page.goto(links.approve);
    expect(again?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This link has already been used');
    await expect(page.getByRole('button').count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(links.reject);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This link has already been used');
    await expect(page.locator('main').textContent()).resolves.toContain('A decision on this request has already been made');
    expect(await stateOf(order.documentId)).toBe('accepted');
  });

  it('says a link that is not one of ours is not valid', async () => {
    const response = await page.goto(`${site.url}/act/not-a-real-token`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This link is not valid');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
