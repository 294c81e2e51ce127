import type { BrowserContext, Page } from 'playwright-core';
import type { SmtpCapture } from '../support/smtp-capture';
import { startPortalStack, type PortalStack } from '../support/portal-stack';
import { accessibilityViolations } from '../support/browser';
import { pngImage } from '../support/files';
import { DEMO_PASSWORD } from '../support/portal-api';

let stack: PortalStack;
let smtp: SmtpCapture;
let site: PortalStack['site'];
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startPortalStack();
  ({ smtp, site, page } = stack);
  context = page.context();
});

afterAll(async () => {
  await stack?.stop();
});

describe('A tenant reports a problem in the portal', () => {
  it('asks an anonymous visitor to log in, and says so when the password is wrong', async () => {
    await page.goto(`${site.url}/requests`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill('tenant@example.com');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('do not match an account');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('logs in and lands on their requests', async () => {
    await page.getByLabel('Email address').fill('tenant@example.com');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${site.url}/requests`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My requests');
    // The demo data gives the tenant one request of their own.
    await expect(page.locator('main').textContent()).resolves.toContain('Kitchen tap keeps dripping');
    expect(await accessibilityViolations(page)).toEqual([]);

    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'portal_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('explains what is missing when the form is sent empty', async () => {
    await page.getByRole('link', { name: 'Report a problem' }).first().click();
    await page.waitForURL(`${site.url}/requests/new`);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The form is plain HTML: it works in a browser without JavaScript.
    await expect(page.locator('script').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Send report' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.textContent()).resolves.toContain('Enter a short summary of the problem');
    await expect(page.getByLabel('Summary').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('files the report with a photo, shows it, and emails an acknowledgement', async () => {
    await page.getByLabel('Where is the problem?').selectOption({ label: 'Harbour View Court, Flat 1' });
    await page.getByLabel('Summary').fill('Bathroom extractor fan is broken');
    await page.getByLabel('What is happening?').fill('The fan makes a grinding noise and then stops.');
    await page.getByLabel('People in my unit').check();
    await page.getByLabel('Photo or document (optional)').setInputFiles({ name: 'fan.png', mimeType: 'image/png', buffer: pngImage() });
    await page.getByRole('button', { name: 'Send report' }).click();

    await page.waitForURL(/\/requests\/[a-z0-9]+\?reported=1$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your report has been sent');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Bathroom extractor fan is broken');
    await expect(page.locator('.facts').textContent()).resolves.toContain('Received');
    expect(await accessibilityViolations(page)).toEqual([]);

    const attachment = page.getByRole('link', { name: 'fan.png' });
    const download = await page.request.get(new URL((await attachment.getAttribute('href'))!, site.url).toString());
    expect(download.headers()['content-type']).toBe('image/png');
    expect((await download.body()).subarray(1, 4).toString()).toBe('PNG');

    const reference = (await page.locator('.facts').textContent())!.match(/SR-\d{5}/)![0];
    const email = await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.subject.includes(reference));
    expect(email.text).toContain('Bathroom extractor fan is broken');
    expect(email.text).toContain(page.url().replace('?reported=1', ''));
  });

  it('writes to the management team from the request page', async () => {
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Write your message');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Write to the management team').fill('The fan is in the bathroom ceiling, above the shower.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.waitForURL(/\?sent=1#messages$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Your message has been sent');
    await expect(page.locator('.messages').textContent()).resolves.toContain('above the shower');
    expect(await accessibilityViolations(page)).toEqual([]);
    await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.text.includes('above the shower'));
  });

  it('lists the new report under my requests', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My requests' }).click();
    await page.waitForURL(`${site.url}/requests`);
    await expect(page.getByRole('link', { name: 'Bathroom extractor fan is broken' }).count()).resolves.toBe(1);
    await expect(page.locator('.ticket-card').first().textContent()).resolves.toContain('by you');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login\?loggedOut=1$/);
    await page.goto(`${site.url}/requests`);
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
