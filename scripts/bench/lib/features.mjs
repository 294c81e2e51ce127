/**
 * Switches every portal feature on at all of the demo customer's locations, the way an office
 * admin does it in the admin panel (the switches' admin API, as the demo admin), and checks that
 * every feature is then live there.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR, ROOT } from '../../lib/paths.mjs';
import { signInAdmin } from './admin.mjs';
import { callJson } from './http.mjs';

const require = createRequire(import.meta.url);
// The catalogue as Strapi runs it: the plugin's build, made by buildAll() before the bench starts.
const { FEATURE_KEYS } = require(path.join(ROOT, 'plugins', 'portal-features', 'dist', 'server', 'features', 'catalogue.js'));
const { DEMO_CUSTOMER } = require(path.join(CMS_DIR, 'src', 'seed', 'demo-data.js'));

export async function switchEveryFeatureOn(strapiUrl) {
  const token = await signInAdmin(strapiUrl);
  const admin = (route, options) => callJson(`${strapiUrl}${route}`, { ...options, token });

  const { data: customers } = await admin('/portal-features/customers');
  const customer = customers.find((candidate) => candidate.name === DEMO_CUSTOMER.name);
  if (!customer) throw new Error(`No customer "${DEMO_CUSTOMER.name}": is the demo data seeded?`);
  for (const feature of FEATURE_KEYS) {
    await admin(`/portal-features/customers/${customer.documentId}/features/${feature}`, { method: 'PUT', body: { enabled: true } });
  }

  const { data: locations } = await admin(`/portal-features/locations?customer=${customer.documentId}&pageSize=100`);
  const short = locations.filter((location) => FEATURE_KEYS.some((feature) => !location.live.includes(feature)));
  if (locations.length === 0 || short.length > 0) {
    throw new Error(`Not every feature is live at ${short.map((location) => location.name).join(', ') || `any location of ${customer.name}`}`);
  }
  return { customer: customer.name, locations: locations.map((location) => location.name), features: FEATURE_KEYS };
}
