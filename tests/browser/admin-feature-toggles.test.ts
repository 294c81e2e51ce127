import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { accessibilityViolationsIn, launchChromium } from '../support/browser';
import { DEMO_PASSWORD, loginAs } from '../support/portal-api';
import { startSite } from '../support/site-process';
import { freePort } from '../../scripts/lib/net.cjs';
import { waitUntil } from '../support/wait-until';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let customerJwt: string;
let site: Awaited<ReturnType<typeof startSite>>;
/** The customer contact's portal, in its own browser context beside the admin's. */
let portal: Page;

/** Our page's own content, without Strapi's menus around it. */
const PAGE_CONTENT = 'main';

/** The features the portal offers the customer contact at each of their places, by location name. */
const featuresOfCustomerPlaces = async (): Promise<Record<string, string[]>> => {
  const response = await request(strapi.url).get('/api/portal-features/me/places').set('authorization', `Bearer ${customerJwt}`);
  expect(response.status).toBe(200);
  return Object.fromEntries(
    response.body.data.map((place: { location: { name: string }; features: string[] }) => [place.location.name, place.features]),
  );
};

const logInToAdmin = async (target: Page, email: string, password: string) => {
  await target.goto(`${strapi.url}/admin`);
  await target.getByLabel('Email').fill(email);
  await target.getByLabel('Password').fill(password);
  await target.getByRole('button', { name: 'Login' }).click();
  await target.getByRole('link', { name: 'Portal features' }).click();
  await target.getByRole('heading', { level: 1, name: 'Portal features' }).waitFor();
};

const featureSwitch = (feature: string, location: string) => page.getByRole('switch', { name: `${feature} at ${location}`, exact: true });

/** Waits until the switch shows the server's answer (not a change still being saved), and checks it. */
const expectSwitch = async (feature: string, location: string, on: boolean) => {
  const control = featureSwitch(feature, location);
  const state = await waitUntil(
    async () => ({ checked: await control.getAttribute('aria-checked'), busy: await control.getAttribute('aria-busy') }),
    (current) => current.busy !== 'true' && current.checked === String(on),
  ).catch((error: Error) => ({ checked: 'timed out', busy: error.message }));
  expect(state.checked).toBe(String(on));
};

const notification = (text: string) => page.getByText(text, { exact: false }).first();

/** What a screen reader hears after a switch's name and state: the text its aria-describedby points to. */
const descriptionOf = async (control: ReturnType<Page['getByRole']>) => {
  const id = await control.getAttribute('aria-describedby');
  return id ? control.page().locator(`[id="${id}"]`).textContent() : null;
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  const sitePort = await freePort();
  strapi = await startStrapi({ smtpPort: smtp.port, env: { SERVE_ADMIN: 'true', SITE_URL: `http://127.0.0.1:${sitePort}` } });
  site = await startSite({ port: sitePort, strapiUrl: strapi.url });
  customerJwt = await loginAs(strapi.url, 'customer@example.com');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  portal = await (await browser.newContext()).newPage();
  portal.setDefaultTimeout(20_000);
  await portal.goto(`${site.url}/login`);
  await portal.getByLabel('Email address').fill('customer@example.com');
  await portal.getByLabel('Password').fill(DEMO_PASSWORD);
  await portal.getByRole('button', { name: 'Log in' }).click();
  await portal.waitForURL(`${site.url}/requests`);
});

const portalNav = () => portal.getByRole('navigation', { name: 'Main' });

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await strapi?.stop();
  await smtp?.close();
});

describe('An office admin switches portal features in the admin panel', () => {
  it('opens Portal features from the menu and sees every location with every feature', async () => {
    await logInToAdmin(page, 'admin@example.com', DEMO_PASSWORD);

    const grid = page.getByRole('grid').first();
    await featureSwitch('Supply Request', 'Harbour View Court').waitFor();
    await expect(grid.getByRole('row').count()).resolves.toBe(3);
    await expect(featureSwitch('Supply Request', 'Harbour View Court').getAttribute('aria-checked')).resolves.toBe('false');
    await expect(featureSwitch('Service Request', 'Lakeside Plaza').getAttribute('aria-checked')).resolves.toBe('true');
    // The explanation of a column is in the legend under the grid, which the header points to.
    const header = grid.getByRole('button', { name: 'Supply Request', exact: true });
    await expect(descriptionOf(header)).resolves.toBe('Clients order consumables from a preset list; staff fulfil or decline.');
    expect(await accessibilityViolationsIn(page, PAGE_CONTENT)).toEqual([]);
  });

  it('switches Supply Request on at Harbour View Court with the keyboard, and the portal offers it there', async () => {
    await featureSwitch('Supply Request', 'Harbour View Court').focus();
    await page.keyboard.press('Space');

    await notification('Supply Request is now on at Harbour View Court.').waitFor();
    await expectSwitch('Supply Request', 'Harbour View Court', true);
    await expect(descriptionOf(featureSwitch('Supply Request', 'Harbour View Court'))).resolves.toBe(
      'Live: people at Harbour View Court see it.',
    );
    const features = await featuresOfCustomerPlaces();
    expect(features['Harbour View Court']).toContain('supply-request');
    expect(features['Lakeside Plaza']).not.toContain('supply-request');

    // The customer contact, looking at Harbour View Court, now has Supplies and can order.
    await portal.goto(`${site.url}/`);
    await portalNav().getByRole('link', { name: 'Supplies' }).click();
    await portal.getByLabel('Bin liners').fill('3');
    await portal.getByRole('button', { name: 'Send order' }).click();
    await portal.waitForURL(/\/supplies\?ordered=SUP-\d{5}$/);
    await expect(portal.locator('.ticket-list').textContent()).resolves.toContain('3 × Bin liners');

    // The arrow keys move through the grid: right of Supply Request is Feedback, same location.
    await page.keyboard.press('ArrowRight');
    await expect(
      page
        .getByRole('switch', { name: 'Feedback at Harbour View Court' })
        .evaluate((element) => element.ownerDocument.activeElement === element),
    ).resolves.toBe(true);
  });

  it('shows the change in the history, with who made it, also when filtered to the location', async () => {
    const history = page.getByRole('region', { name: 'Change history' });
    const latest = history.getByRole('row').nth(1);
    await expect(latest.textContent()).resolves.toMatch(/Supply Request at Harbour View Court.*Switched on.*Alex Admin/);

    await history.getByRole('combobox', { name: 'Show changes' }).click();
    await page.getByRole('option', { name: 'At Lakeside Plaza' }).click();
    await history.getByText('No switch has been changed at Lakeside Plaza yet.').waitFor();
    await history.getByRole('combobox', { name: 'Show changes' }).click();
    await page.getByRole('option', { name: 'At Harbour View Court' }).click();
    await history.getByText('Supply Request at Harbour View Court').waitFor();
    await expect(history.getByRole('row').nth(1).textContent()).resolves.toMatch(
      /Supply Request at Harbour View Court.*Switched on.*Alex Admin/,
    );
  });

  it('switches it off again with the mouse, and the portal no longer offers it', async () => {
    await featureSwitch('Supply Request', 'Harbour View Court').click();

    await notification('Supply Request is now off at Harbour View Court.').waitFor();
    await expectSwitch('Supply Request', 'Harbour View Court', false);
    expect((await featuresOfCustomerPlaces())['Harbour View Court']).not.toContain('supply-request');

    // Gone from the portal, and refused by the API whatever the client.
    await portal.goto(`${site.url}/`);
    await expect(portalNav().getByRole('link', { name: 'Supplies' }).count()).resolves.toBe(0);
    await portal.goto(`${site.url}/supplies`);
    await expect(portal.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ordering supplies is not available here');
    const harbourId = (await strapi.db.query(`SELECT document_id FROM pf_locations WHERE name = 'Harbour View Court'`)).rows[0].document_id;
    const refused = await request(strapi.url).get(`/api/portal-features/supplies/requests?location=${harbourId}`).set('authorization', `Bearer ${customerJwt}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.name).toBe('FeatureDisabled');

    const history = page.getByRole('region', { name: 'Change history' });
    await expect(history.getByRole('row').nth(1).textContent()).resolves.toMatch(
      /Supply Request at Harbour View Court.*Switched off.*Alex Admin/,
    );
  });

  it('says so, and shows the switch as the server has it, when a change is refused', async () => {
    const refusal = {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'Invalid request',
        details: { errors: [{ path: ['enabled'], message: 'enabled must be true or false' }] },
      },
    };
    await page.route('**/portal-features/locations/*/features/surveys', (route) => route.fulfill({ status: 400, json: refusal }));
    try {
      await featureSwitch('Surveys', 'Harbour View Court').click();
      await notification('Surveys could not be switched on at Harbour View Court.').waitFor();
      await notification('enabled must be true or false.').waitFor();
      await expectSwitch('Surveys', 'Harbour View Court', false);
    } finally {
      await page.unroute('**/portal-features/locations/*/features/surveys');
    }
  });

  it('says a feature is on but not live while the location portal is off', async () => {
    await page.getByRole('switch', { name: 'Location portal at Lakeside Plaza' }).click();
    await notification('The portal of Lakeside Plaza is now off.').waitFor();
    await page.getByText("Nothing here is live: the location's portal is off.").waitFor();

    const serviceRequest = featureSwitch('Service Request', 'Lakeside Plaza');
    await expect(serviceRequest.getAttribute('aria-checked')).resolves.toBe('true');
    await expect(descriptionOf(serviceRequest)).resolves.toBe("On, but the location's portal is off, so nobody sees it yet.");
    expect((await featuresOfCustomerPlaces())['Lakeside Plaza'] ?? []).not.toContain('service-request');

    await page.getByRole('switch', { name: 'Location portal at Lakeside Plaza' }).click();
    await notification('The portal of Lakeside Plaza is now on.').waitFor();
    await page.getByText("Nothing here is live: the location's portal is off.").waitFor({ state: 'detached' });
    await expect(descriptionOf(serviceRequest)).resolves.toBe('Live: people at Lakeside Plaza see it.');
  });

  it("switches Feedback on at all of the customer's locations after a confirmation naming how many", async () => {
    await page.getByRole('combobox', { name: 'Customer' }).click();
    await page.getByRole('option', { name: 'Harbour Estates Ltd' }).click();
    await page.getByRole('heading', { name: '2 locations of Harbour Estates Ltd' }).waitFor();

    await page.getByRole('button', { name: 'Set all: Feedback at the 2 locations of Harbour Estates Ltd' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Feedback at every location of Harbour Estates Ltd' });
    await expect(dialog.textContent()).resolves.toContain('at the 2 locations of Harbour Estates Ltd');
    expect(await accessibilityViolationsIn(page, '[role="alertdialog"]')).toEqual([]);
    await dialog.getByRole('button', { name: 'Switch on at 2 locations' }).click();

    await notification('Feedback is now on at 2 locations of Harbour Estates Ltd.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await expectSwitch('Feedback', 'Harbour View Court', true);
    await expectSwitch('Feedback', 'Lakeside Plaza', true);
    const features = await featuresOfCustomerPlaces();
    expect(features['Harbour View Court']).toContain('feedback');
    expect(features['Lakeside Plaza']).toContain('feedback');
    expect(await accessibilityViolationsIn(page, PAGE_CONTENT)).toEqual([]);
  });

  it('leaves everything as it was when the confirmation is cancelled', async () => {
    await page.getByRole('button', { name: 'Set all: Documents at the 2 locations of Harbour Estates Ltd' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(featureSwitch('Documents', 'Harbour View Court').getAttribute('aria-checked')).resolves.toBe('false');
    expect((await featuresOfCustomerPlaces())['Harbour View Court']).not.toContain('documents');
  });
});

describe('An admin who may only look at portal features', () => {
  const READER = { email: 'reader@example.com', password: 'Reader-demo-2026' };

  /** A role holding only the read action, and a registered admin user in it. */
  const createReader = async () => {
    const login = await request(strapi.url).post('/admin/login').send({ email: 'admin@example.com', password: DEMO_PASSWORD });
    const auth = { authorization: `Bearer ${login.body.data.token}` };
    const role = await request(strapi.url)
      .post('/admin/roles')
      .set(auth)
      .send({ name: 'Portal feature readers', description: 'Look, do not touch' });
    expect(role.status).toBe(201);
    const permissions = await request(strapi.url)
      .put(`/admin/roles/${role.body.data.id}/permissions`)
      .set(auth)
      .send({ permissions: [{ action: 'plugin::portal-features.features.read', subject: null, properties: {}, conditions: [] }] });
    expect(permissions.status).toBe(200);
    const invited = await request(strapi.url)
      .post('/admin/users')
      .set(auth)
      .send({ firstname: 'Rita', lastname: 'Reader', email: READER.email, roles: [role.body.data.id] });
    expect(invited.status).toBe(201);
    const registered = await request(strapi.url)
      .post('/admin/register')
      .send({
        registrationToken: invited.body.data.registrationToken,
        userInfo: { firstname: 'Rita', lastname: 'Reader', password: READER.password },
      });
    expect(registered.status).toBe(200);
  };

  it('sees the grid and the history, with every switch disabled and a word on why', async () => {
    await createReader();
    const readerContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const readerPage = await readerContext.newPage();
    readerPage.setDefaultTimeout(20_000);
    try {
      await logInToAdmin(readerPage, READER.email, READER.password);
      await readerPage.getByText('You can see the switches but not change them.').waitFor();

      await readerPage.getByRole('switch', { name: 'Feedback at Lakeside Plaza' }).waitFor();
      const switches = readerPage.getByRole('switch');
      // 1 customer portal, and per location its portal and 10 features.
      await expect(switches.count()).resolves.toBe(23);
      const enabled = await switches.evaluateAll((elements) => elements.filter((element) => !element.hasAttribute('disabled')).length);
      expect(enabled).toBe(0);
      await expect(readerPage.getByRole('switch', { name: 'Feedback at Lakeside Plaza' }).getAttribute('aria-checked')).resolves.toBe(
        'true',
      );
      await readerPage.getByRole('region', { name: 'Change history' }).getByText('Alex Admin').first().waitFor();
      expect(await accessibilityViolationsIn(readerPage, PAGE_CONTENT)).toEqual([]);
    } finally {
      await readerContext.close();
    }
  });
});

describe('Staff read feedback and survey results', () => {
  let staff: Page;

  beforeAll(async () => {
    const member = (path: string, body: object) => request(strapi.url).post(path).set('authorization', `Bearer ${customerJwt}`).send(body);
    const adminToken = (await request(strapi.url).post('/admin/login').send({ email: 'admin@example.com', password: DEMO_PASSWORD })).body.data.token;
    const harbourId = (await strapi.db.query(`SELECT document_id FROM pf_locations WHERE name = 'Harbour View Court'`)).rows[0].document_id;
    for (const feature of ['feedback', 'surveys']) {
      await request(strapi.url).put(`/portal-features/locations/${harbourId}/features/${feature}`).set('authorization', `Bearer ${adminToken}`).send({ enabled: true });
    }
    expect((await member('/api/portal-features/feedback', { location: harbourId, rating: 'satisfied', note: 'Tidy lobby' })).status).toBe(201);
    expect((await member('/api/portal-features/feedback', { location: harbourId, rating: 'neutral' })).status).toBe(201);
    const survey = await request(strapi.url)
      .post('/content-manager/collection-types/plugin::portal-features.survey')
      .set('authorization', `Bearer ${adminToken}`)
      .send({
        title: 'Lobby check',
        questions: [{ id: 'lobby', kind: 'choice', prompt: 'Is the lobby well lit?', options: ['Yes', 'No'], required: true }],
        locations: { connect: [harbourId] },
        opensAt: new Date(Date.now() - 60_000).toISOString(),
      });
    expect((await member(`/api/portal-features/surveys/${survey.body.data.documentId}/responses`, { location: harbourId, answers: { lobby: 'Yes' } })).status).toBe(201);

    staff = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' })).newPage();
    staff.setDefaultTimeout(20_000);
    await logInToAdmin(staff, 'admin@example.com', DEMO_PASSWORD);
  });

  it("shows a location's feedback with its average", async () => {
    await staff.getByRole('link', { name: 'Feedback', exact: true }).click();
    await staff.getByRole('heading', { level: 1, name: 'Feedback' }).waitFor();
    await staff.getByRole('combobox', { name: 'Location' }).click();
    await staff.getByRole('option', { name: 'Harbour View Court' }).click();
    await staff.getByText('3.5 of 5').first().waitFor();
    await staff.getByText('Tidy lobby').first().waitFor();
    expect(await accessibilityViolationsIn(staff, PAGE_CONTENT)).toEqual([]);
  });

  it('shows the results of a survey, question by question', async () => {
    await staff.getByRole('link', { name: 'Survey results' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Survey results' }).waitFor();
    await staff.getByRole('combobox', { name: 'Survey' }).click();
    await staff.getByRole('option', { name: /Lobby check/ }).click();
    await staff.getByText('Is the lobby well lit?').first().waitFor();
    expect(await accessibilityViolationsIn(staff, PAGE_CONTENT)).toEqual([]);
  });
});
