/**
 * Strapi as the bench runs it: its own process (`node cms/server.js`), fresh secrets, loopback
 * only, on a free port, with the baseline plugin enabled. Its log (a line per request) is kept
 * out of the bench's output; the last lines are shown when it fails to start or dies.
 */
import path from 'node:path';
import netHelpers from '../../lib/net.cjs';
import secrets from '../../lib/secrets.cjs';
import { CMS_DIR } from '../../lib/paths.mjs';
import { startServerProcess } from './server-process.mjs';

const { freePort } = netHelpers;

/** What every Strapi process of the bench's gets: fresh secrets, the database, email to the sink. */
export const strapiEnv = ({ databaseUrl, smtpPort }) => ({
  ...process.env,
  ...secrets.generateSecrets(),
  DATABASE_URL: databaseUrl,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  SERVE_ADMIN: 'false',
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
});

export async function startStrapi({ databaseUrl, smtpPort }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...strapiEnv({ databaseUrl, smtpPort }),
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    BENCH_BASELINE: 'true',
  };
  const server = await startServerProcess({
    name: 'Strapi',
    script: path.join(CMS_DIR, 'server.js'),
    cwd: CMS_DIR,
    env,
    readyUrl: `${url}/_health`,
    timeoutMs: 240_000,
  });
  return { url, ...server };
}
