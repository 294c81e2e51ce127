import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { freePort, waitForHttp } from '../../scripts/lib/net.cjs';
import { generateSecrets } from '../../scripts/lib/secrets.cjs';

export const ROOT = path.resolve(__dirname, '..', '..');
const CMS_DIR = path.join(ROOT, 'cms');

/** A fresh database on the run's PostgreSQL server (see global-setup.mjs). */
export async function createTestDatabase() {
  const serverUrl = process.env.DATABASE_SERVER_URL;
  if (!serverUrl) throw new Error('DATABASE_SERVER_URL is not set: run the tests through jest (npm test)');
  const name = `test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return `${serverUrl}/${name}`;
}

export interface StrapiProcess {
  url: string;
  databaseUrl: string;
  env: Record<string, string>;
  db: pg.Pool;
  logs: string[];
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** SIGTERM, as an orchestrator stops a process; resolves when it has exited. */
  stop(): Promise<void>;
}

/**
 * Boots the real Strapi app (cms/server.js) in its own process on a fresh database, with email
 * going to `smtpPort`, and waits until it answers. One per test file: booting takes seconds.
 */
export async function startStrapi(options: { smtpPort: number; env?: Record<string, string>; databaseUrl?: string }): Promise<StrapiProcess> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...generateSecrets(),
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    SITE_URL: 'http://127.0.0.1:4321',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(options.smtpPort),
    SERVE_ADMIN: 'false',
    JOBS_POLL_INTERVAL_MS: '1000',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    ...(process.env.TEST_UPLOAD_DIR ? { UPLOAD_DIR: process.env.TEST_UPLOAD_DIR } : {}),
    ...options.env,
  };
  return spawnStrapi({ url, databaseUrl, env });
}

/** Starts cms/server.js (the API) or cms/worker.js (jobs only) with `env`, and waits until it is ready. */
export async function spawnStrapi({ url, databaseUrl, env, script = 'server.js' }: { url: string; databaseUrl: string; env: Record<string, string>; script?: 'server.js' | 'worker.js' }): Promise<StrapiProcess> {
  const logs: string[] = [];
  const child = spawn(process.execPath, [path.join(CMS_DIR, script)], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk: Buffer) => logs.push(chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    if (script === 'server.js') await waitForHttp(`${url}/_health`, { child, name: 'Strapi', timeoutMs: 240_000 });
    else await waitForLog(logs, child, 'Job worker ready');
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- Strapi output ---\n${logs.join('').slice(-6000)}`);
  }
  const db = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  return {
    url,
    databaseUrl,
    env,
    db,
    logs,
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await db.end();
    },
  };
}

function waitForLog(logs: string[], child: ChildProcess, text: string) {
  return new Promise<void>((resolve, reject) => {
    const check = () => {
      if (logs.join('').includes(text)) {
        child.stdout?.off('data', check);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = () => reject(new Error(`process exited before logging "${text}"`));
    child.stdout?.on('data', check);
    child.once('exit', onExit);
    check();
  });
}
