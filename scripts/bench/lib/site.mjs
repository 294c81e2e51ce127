/**
 * The built portal as production runs it: `node site/dist/server/entry.mjs` (Astro's node adapter,
 * standalone), on loopback on a free port, talking to the bench's Strapi.
 */
import path from 'node:path';
import netHelpers from '../../lib/net.cjs';
import { SITE_DIR } from '../../lib/paths.mjs';
import { startServerProcess } from './server-process.mjs';

const { freePort } = netHelpers;

export async function startSite({ strapiUrl }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), STRAPI_URL: strapiUrl, NODE_ENV: 'production' };
  const server = await startServerProcess({
    name: 'the portal',
    script: path.join(SITE_DIR, 'dist', 'server', 'entry.mjs'),
    cwd: SITE_DIR,
    env,
    readyUrl: `${url}/login`,
    readyStatuses: [200],
    timeoutMs: 60_000,
  });
  return { url, ...server };
}
