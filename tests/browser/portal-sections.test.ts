import request from 'supertest';
import type { Page } from 'playwright-core';
import type { SmtpCapture } from '../support/smtp-capture';
import type { StrapiProcess } from '../support/strapi-process';
import { startPortalStack, type PortalStack } from '../support/portal-stack';
import { accessibilityViolations } from '../support/browser';
import { adminLogin, DEMO_PASSWORD } from '../support/portal-api';
import { pngImage } from '../support/files';

let stack: PortalStack;
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let site: PortalStack['site'];
let page: Page;
let adminToken: string;

const locationId = async (name: string) => (await strapi.db.query('SELECT document_id FROM pf_locations WHERE name = $1', [name])).rows[0].document_id as string;
const switchFeature = async (name: string, feature: string, enabled: boolean) => {
  const response = await request(strapi.url)
    .put(`/portal-features/locations/${await locationId(name)}/features/${feature}`)
    .set('authorization', `Bearer ${adminToken}`)
    .send({ enabled });
  expect(response.status).toBe(200);
};
const nav = () => page.getByRole('navigation', { name: 'Main' });

beforeAll(async () => {
  stack = await startPortalStack();
  ({ smtp, strapi, site, page } = stack);
  adminToken = await adminLogin(strapi.url);
});

afterAll(async () => {
  await stack?.stop();
});

describe('A customer contact uses the sections switched on at their location', () => {
  it('shows no Supplies section while the feature is off', async () => {
    await page.goto(`${site.url}/login`);
    await page.getByLabel('Email address').fill('customer@example.com');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${site.url}/requests`);
    await expect(nav().getByRole('link', { name: 'Supplies' }).count()).resolves.toBe(0);
    await page.goto(`${site.url}/supplies`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ordering supplies is not available here');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('switches between the user\'s locations, and shows Supplies only where it is on', async () => {
    await switchFeature('Lakeside Plaza', 'supply-request', true);
    await page.goto(`${site.url}/`);
    await expect(nav().getByRole('link', { name: 'Supplies' }).count()).resolves.toBe(0);

    await page.getByLabel('Location').selectOption({ label: 'Lakeside Plaza' });
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.waitForURL(`${site.url}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Lakeside Plaza');
    await expect(nav().getByRole('link', { name: 'Supplies' }).count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('orders from the list and sees the order, and the managers are emailed', async () => {
    await nav().getByRole('link', { name: 'Supplies' }).click();
    await page.waitForURL(`${site.url}/supplies`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Toilet rolls').fill('6');
    await page.getByLabel('Hand soap refill').fill('2');
    await page.getByLabel('Note (optional)').fill('Please leave them at reception.');
    await page.getByRole('button', { name: 'Send order' }).click();
    await page.waitForURL(/\/supplies\?ordered=SUP-\d{5}$/);

    const reference = new URL(page.url()).searchParams.get('ordered')!;
    await expect(page.getByRole('status').textContent()).resolves.toContain(reference);
    await expect(page.locator('.ticket-list').textContent()).resolves.toContain('6 × Toilet rolls (pack of 9)');
    expect(await accessibilityViolations(page)).toEqual([]);

    const email = await smtp.waitFor((mail) => mail.subject === `Supply request ${reference} from Lakeside Plaza`);
    expect(email.text).toContain('2 x Hand soap refill (1 litre)');
  });

  it('explains an empty order', async () => {
    await page.getByRole('button', { name: 'Send order' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Enter a quantity for at least one item');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('loses the section when staff switch the feature off, and the API refuses', async () => {
    await switchFeature('Lakeside Plaza', 'supply-request', false);
    await page.goto(`${site.url}/supplies`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ordering supplies is not available here');
    await expect(nav().getByRole('link', { name: 'Supplies' }).count()).resolves.toBe(0);

    const jwt = (await request(strapi.url).post('/api/auth/local').send({ identifier: 'customer@example.com', password: DEMO_PASSWORD })).body.jwt;
    const api = await request(strapi.url).get(`/api/portal-features/supplies/catalogue?location=${await locationId('Lakeside Plaza')}`).set('authorization', `Bearer ${jwt}`);
    expect(api.status).toBe(403);
    expect(api.body.error.name).toBe('FeatureDisabled');
  });

  it('gives feedback on the five-step scale once Feedback is on', async () => {
    await switchFeature('Lakeside Plaza', 'feedback', true);
    await page.goto(`${site.url}/`);
    await nav().getByRole('link', { name: 'Feedback' }).click();
    await page.waitForURL(`${site.url}/feedback`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Choose how satisfied you are');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Satisfied', { exact: true }).check();
    await page.getByLabel('Anything you would like to tell us? (optional)').fill('Quick to fix the lift.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL(`${site.url}/feedback?thanks=1`);
    await expect(page.locator('.ticket-list').textContent()).resolves.toContain('Quick to fix the lift.');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reads the announcements for the location once Announcements is on', async () => {
    await switchFeature('Lakeside Plaza', 'announcements', true);
    const created = await request(strapi.url)
      .post('/content-manager/collection-types/plugin::portal-features.announcement')
      .set('authorization', `Bearer ${adminToken}`)
      .send({
        title: 'Car park resurfacing',
        body: 'The car park is closed on Saturday.\nPlease park on Lake Avenue.',
        scope: 'location',
        location: { connect: [await locationId('Lakeside Plaza')] },
        publishFrom: new Date(Date.now() - 60_000).toISOString(),
      });
    expect(created.status).toBe(201);
    await page.goto(`${site.url}/`);
    await nav().getByRole('link', { name: 'Announcements' }).click();
    await page.waitForURL(`${site.url}/announcements`);
    await expect(page.getByRole('heading', { name: 'Car park resurfacing' }).count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('sees published inspections with their images once Quality Checks is on', async () => {
    await switchFeature('Lakeside Plaza', 'quality-checks', true);
    const upload = await request(strapi.url)
      .post('/upload')
      .set('authorization', `Bearer ${adminToken}`)
      .attach('files', pngImage({ width: 32, height: 24 }), { filename: 'lobby.png', contentType: 'image/png' });
    const inspection = await request(strapi.url)
      .post('/content-manager/collection-types/plugin::portal-features.quality-check')
      .set('authorization', `Bearer ${adminToken}`)
      .send({
        location: { connect: [await locationId('Lakeside Plaza')] },
        inspectedOn: '2026-11-18',
        inspector: 'Ina Inspector',
        overallScore: 92,
        areas: [{ name: 'Lobby', rating: 5, comment: 'Very clean' }],
        images: [upload.body[0].id],
        reviewed: true,
        published: true,
      });
    expect(inspection.status).toBe(201);

    await page.goto(`${site.url}/quality-checks`);
    await expect(page.getByRole('heading', { name: 'Inspection of 18 November 2026' }).count()).resolves.toBe(1);
    await expect(page.locator('.inspection').textContent()).resolves.toContain('Overall score: 92%');
    const image = page.getByRole('img', { name: 'lobby.png' });
    await expect(image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBe(32);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("sees who is on duty once Who's Working is on", async () => {
    await switchFeature('Lakeside Plaza', 'whos-working', true);
    const token = await request(strapi.url)
      .post('/admin/api-tokens')
      .set('authorization', `Bearer ${adminToken}`)
      .send({ name: 'Lakeside time clock', type: 'custom', lifespan: null, permissions: ['plugin::portal-features.time-clock.clockIn'] });
    const clockedIn = await request(strapi.url)
      .post('/api/portal-features/time-clock/in')
      .set('authorization', `Bearer ${token.body.data.accessKey}`)
      .send({ location: await locationId('Lakeside Plaza'), staffId: 'L-7', displayName: 'Dana', role: 'Security' });
    expect(clockedIn.status).toBe(201);

    await page.goto(`${site.url}/`);
    await nav().getByRole('link', { name: "Who's working" }).click();
    await page.waitForURL(`${site.url}/whos-working`);
    await expect(page.locator('.ticket-list').textContent()).resolves.toContain('Dana, Security');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens a document from the Documents section once it is on', async () => {
    await switchFeature('Lakeside Plaza', 'documents', true);
    const upload = await request(strapi.url)
      .post('/upload')
      .set('authorization', `Bearer ${adminToken}`)
      .attach('files', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'parking.pdf', contentType: 'application/pdf' });
    const created = await request(strapi.url)
      .post('/content-manager/collection-types/plugin::portal-features.document')
      .set('authorization', `Bearer ${adminToken}`)
      .send({ title: 'Parking rules', category: 'house-rules', file: upload.body[0].id, location: { connect: [await locationId('Lakeside Plaza')] } });
    expect(created.status).toBe(201);

    await page.goto(`${site.url}/`);
    await nav().getByRole('link', { name: 'Documents' }).click();
    await page.waitForURL(`${site.url}/documents`);
    await expect(page.getByRole('heading', { name: 'House rules' }).count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    const href = await page.getByRole('link', { name: 'Parking rules' }).getAttribute('href');
    const download = await page.request.get(new URL(href!, site.url).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
  });

  it('answers a survey once Surveys is on', async () => {
    await switchFeature('Lakeside Plaza', 'surveys', true);
    const created = await request(strapi.url)
      .post('/content-manager/collection-types/plugin::portal-features.survey')
      .set('authorization', `Bearer ${adminToken}`)
      .send({
        title: 'Lobby survey',
        questions: [
          { id: 'lobby', kind: 'rating', prompt: 'How welcoming is the lobby?', required: true },
          { id: 'ideas', kind: 'text', prompt: 'Ideas for the lobby' },
        ],
        locations: { connect: [await locationId('Lakeside Plaza')] },
        opensAt: new Date(Date.now() - 60_000).toISOString(),
      });
    expect(created.status).toBe(201);

    await page.goto(`${site.url}/`);
    await nav().getByRole('link', { name: 'Surveys' }).click();
    await page.waitForURL(`${site.url}/surveys`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send answers' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Answer this question');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('4', { exact: true }).check();
    await page.getByLabel('Ideas for the lobby (optional)').fill('Plants, please.');
    await page.getByRole('button', { name: 'Send answers' }).click();
    await page.waitForURL(`${site.url}/surveys?thanks=1`);
    await expect(page.locator('.survey').textContent()).resolves.toContain('You have answered this survey');
  });
});
