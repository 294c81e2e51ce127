/**
 * The portal scenario's two pages, asked for by a customer contact signed in through the portal's
 * own login form: the home page (SSR: the session lookup and the places lookup in Strapi, then the
 * rendering) and the accessibility statement (prerendered: a file the node adapter serves before
 * any middleware). Both are checked once before they are measured.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../../lib/paths.mjs';

const require = createRequire(import.meta.url);
const { DEMO_PASSWORD } = require(path.join(CMS_DIR, 'src', 'seed', 'demo-data.js'));

export const CUSTOMER_CONTACT = 'customer@example.com';
/** The contact's first location, the one the home page shows without a location cookie. */
export const HOME_LOCATION = 'Harbour View Court';
const SESSION_COOKIE = 'portal_session';
/** The home page's sections (site/src/lib/features.ts): with every feature on, it links to all of them. */
const SECTION_LINKS = ['/requests', '/requests/new', '/supplies', '/feedback'];

/** Logs in with the form, as a browser does (Astro checks the Origin), and returns the session cookie. */
export async function signInOnPortal(siteUrl) {
  const response = await fetch(`${siteUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: siteUrl },
    body: new URLSearchParams({ email: CUSTOMER_CONTACT, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (response.status !== 303 || !cookie) {
    throw new Error(`Logging in on the portal as ${CUSTOMER_CONTACT} answered ${response.status} without a session: ${(await response.text()).slice(0, 300)}`);
  }
  return cookie;
}

/** Both pages are asked for with the same session cookie, as one signed-in browser would. */
export const portalPages = (siteUrl, cookie) => ({
  home: { url: `${siteUrl}/`, headers: { cookie } },
  static: { url: `${siteUrl}/accessibility`, headers: { cookie } },
});

const fetchPage = async (page) => {
  const response = await fetch(page.url, { headers: page.headers, redirect: 'manual' });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.text() };
};

/**
 * The home page must be the signed-in page for the location with every section (a redirect to the
 * login page would measure something else); the statement must be the static file, not a page
 * the app rendered (those all carry the middleware's `no-store`).
 */
export async function assertPagesRender(pages) {
  const home = await fetchPage(pages.home);
  const missing = SECTION_LINKS.filter((href) => !home.body.includes(`href="${href}"`));
  if (home.status !== 200 || !home.body.includes(`<h1>${HOME_LOCATION}</h1>`) || missing.length > 0) {
    throw new Error(
      `The home page is not ${HOME_LOCATION} with every section for ${CUSTOMER_CONTACT}: status ${home.status}` +
        `${missing.length ? `, no link to ${missing.join(', ')}` : ''}\n${home.body.slice(0, 500)}`,
    );
  }
  const statement = await fetchPage(pages.static);
  if (statement.status !== 200 || !statement.body.includes('<h1>Accessibility statement</h1>')) {
    throw new Error(`The accessibility statement answered ${statement.status}: ${statement.body.slice(0, 300)}`);
  }
  if (statement.cacheControl === 'no-store') throw new Error('The accessibility statement was rendered by the app, not served as a static file');
}
