/** The demo admin as the admin panel signs in: a JWT for the admin routes Strapi serves at its root. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../../lib/paths.mjs';
import { callJson } from './http.mjs';

const require = createRequire(import.meta.url);
const { DEMO_ADMIN, DEMO_PASSWORD } = require(path.join(CMS_DIR, 'src', 'seed', 'demo-data.js'));

export async function signInAdmin(strapiUrl) {
  const { data } = await callJson(`${strapiUrl}/admin/login`, { method: 'POST', body: { email: DEMO_ADMIN.email, password: DEMO_PASSWORD } });
  return data.token;
}
