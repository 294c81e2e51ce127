/**
 * `npm start`: the whole product on its embedded defaults. Builds what changed, starts PostgreSQL
 * (embedded, under .data/, unless DATABASE_URL is set), the maildev inbox, Strapi and the portal,
 * then prints where everything is. Ctrl+C stops it all.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildAll } from './build.mjs';
import { ensureDatabase, startEmbeddedPostgres } from './lib/embedded-postgres.mjs';
import { startService, waitForHttp } from './lib/processes.mjs';
import { CMS_DIR, DATA_DIR, ROOT, SITE_DIR } from './lib/paths.mjs';
import { loadDevSecrets } from './lib/secrets.mjs';
import { writeStackFile } from './lib/stack-env.mjs';

const require = createRequire(import.meta.url);
const { readEnv } = require('@srp/config');

const EMBEDDED_PG_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const MAILDEV_WEB_PORT = Number(process.env.MAILDEV_WEB_PORT ?? 1080);

const env = readEnv();
const stopping = [];
let shuttingDown = false;

async function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log('\nStopping…');
  for (const stop of stopping.reverse()) await stop().catch((error) => console.error(error.message));
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  await buildAll();

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port: EMBEDDED_PG_PORT });
    stopping.push(postgres.stop);
    await ensureDatabase(postgres.serverUrl, 'service_requests');
    databaseUrl = postgres.databaseUrl('service_requests');
    console.log(`PostgreSQL (embedded) on 127.0.0.1:${EMBEDDED_PG_PORT}, data in .data/postgres`);
  }
  await writeStackFile({ databaseUrl });

  const secrets = await loadDevSecrets(DATA_DIR);
  const childEnv = { ...process.env, ...secrets, DATABASE_URL: databaseUrl };

  const useMaildev = env.SMTP_HOST === 'localhost' && env.SMTP_PORT === 1025;
  if (useMaildev) {
    const maildev = startService({
      name: 'maildev',
      script: path.join(ROOT, 'node_modules', '.bin', 'maildev'),
      args: ['--smtp', '1025', '--ip', '127.0.0.1', '--web', String(MAILDEV_WEB_PORT), '--web-ip', '127.0.0.1'],
      cwd: ROOT,
      env: childEnv,
      quiet: true,
    });
    stopping.push(maildev.stop);
    await waitForHttp(`http://127.0.0.1:${MAILDEV_WEB_PORT}/api/healthz`, { service: maildev, statuses: [200] });
  }

  const cms = startService({ name: 'strapi', script: path.join(CMS_DIR, 'server.js'), cwd: CMS_DIR, env: childEnv });
  stopping.push(cms.stop);
  await waitForHttp(`http://127.0.0.1:${env.PORT}/_health`, { service: cms });

  const site = startService({
    name: 'portal',
    script: path.join(SITE_DIR, 'dist', 'server', 'entry.mjs'),
    cwd: SITE_DIR,
    env: { ...childEnv, HOST: env.HOST, PORT: String(env.SITE_PORT), STRAPI_URL: env.STRAPI_URL },
  });
  stopping.push(site.stop);
  await waitForHttp(`http://127.0.0.1:${env.SITE_PORT}/login`, { service: site, statuses: [200] });

  for (const service of [cms, site]) {
    service.exited.then(({ code }) => {
      if (!shuttingDown) {
        console.error(`${service.name} stopped unexpectedly (exit ${code})`);
        shutdown(1);
      }
    });
  }

  console.log(`
  Service-request platform is running

  Admin panel (staff)   ${env.PUBLIC_URL}/admin
  Portal                ${env.SITE_URL}
  ${useMaildev ? `Email inbox (maildev) http://localhost:${MAILDEV_WEB_PORT}/index.html  (REST API: /api/email)` : `Email goes to SMTP ${env.SMTP_HOST}:${env.SMTP_PORT}`}

  Demo accounts (password Portal-demo-2026)${env.DEMO_SEED ? '' : ' — not seeded: DEMO_SEED=false'}
    admin@example.com      Strapi admin (super admin, property manager of both locations)
    tenant@example.com     tenant, Harbour View Court, Flat 1
    occupant@example.com   occupant, Harbour View Court, Flat 2
    customer@example.com   customer contact, both locations
    vendor@example.com     vendor
    owner@example.com      owner, Harbour View Court, Flat 1

  Press Ctrl+C to stop.
`);
}

main().catch(async (error) => {
  console.error(error);
  await shutdown(1);
});
