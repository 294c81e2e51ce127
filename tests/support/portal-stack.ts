import type { Browser, Page } from 'playwright-core';
import { freePort } from '../../scripts/lib/net.cjs';
import { startSmtpCapture, type SmtpCapture } from './smtp-capture';
import { startStrapi, type StrapiProcess } from './strapi-process';
import { startSite } from './site-process';
import { launchChromium } from './browser';

export interface PortalStack {
  smtp: SmtpCapture;
  strapi: StrapiProcess;
  site: Awaited<ReturnType<typeof startSite>>;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/**
 * Everything a portal browser test needs: SMTP capture, Strapi on a fresh database (emails link to
 * this portal), the built portal and a Chromium page. One per test file.
 */
export async function startPortalStack(): Promise<PortalStack> {
  const smtp = await startSmtpCapture();
  const sitePort = await freePort();
  const strapi = await startStrapi({ smtpPort: smtp.port, env: { SITE_URL: `http://127.0.0.1:${sitePort}` } });
  const site = await startSite({ port: sitePort, strapiUrl: strapi.url });
  const browser = await launchChromium();
  // axe-core needs pages that belong to a context.
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(15_000);
  return {
    smtp,
    strapi,
    site,
    browser,
    page,
    async stop() {
      await browser.close();
      await site.stop();
      await strapi.stop();
      await smtp.close();
    },
  };
}
