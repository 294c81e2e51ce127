/**
 * The second scenario: the portal's home page for a customer contact whose locations have every
 * feature on (SSR through Astro to Strapi) beside the static accessibility statement served by the
 * same portal process. Order: static, home, static again, so drift of the machine shows.
 */
import { switchEveryFeatureOn } from './features.mjs';
import { assertAllSucceeded, measure } from './load.mjs';
import { assertPagesRender, CUSTOMER_CONTACT, portalPages, signInOnPortal } from './portal.mjs';
import { summarisePortal } from './report.mjs';

export const PORTAL_SCENARIO =
  `GET / as ${CUSTOMER_CONTACT}, every feature on (SSR: session and places lookups in Strapi, then the rendering), ` +
  'beside GET /accessibility (prerendered: a file served by the same process)';

export async function benchPortal({ strapiUrl, siteUrl, settings, warmupSeconds }) {
  const switched = await switchEveryFeatureOn(strapiUrl);
  console.log(`Every portal feature (${switched.features.length}) is on at ${switched.locations.join(', ')}`);
  const pages = portalPages(siteUrl, await signInOnPortal(siteUrl));
  await assertPagesRender(pages);

  const load = (name, page, durationSeconds = settings.durationSeconds) =>
    measure({ name, url: page.url, headers: page.headers, connections: settings.connections, durationSeconds });

  console.log(`Warming up the portal (${warmupSeconds} s per page)…`);
  for (const [name, page] of Object.entries(pages)) assertAllSucceeded(await load(`warm-up ${name}`, page, warmupSeconds));

  const runs = [];
  const measureRun = async (name, page) => {
    console.log(`Measuring ${name}…`);
    const run = await load(name, page);
    assertAllSucceeded(run);
    runs.push(run);
    return run;
  };
  const staticFirst = await measureRun('static page (/accessibility), 1st', pages.static);
  const home = await measureRun('home page (/), SSR', pages.home);
  const staticSecond = await measureRun('static page (/accessibility), 2nd', pages.static);

  return { features: switched, runs, summary: summarisePortal({ staticRuns: [staticFirst, staticSecond], home }) };
}
