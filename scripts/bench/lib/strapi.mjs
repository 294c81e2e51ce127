/**
 * Strapi as the bench runs it: its own process (`node cms/server.js`), fresh secrets, loopback
 * only, on a free port, with the baseline plugin enabled. Its log (a line per request) is kept
 * out of the bench's output; the last lines are shown when it fails to start or dies.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import netHelpers from '../../lib/net.cjs';
import secrets from '../../lib/secrets.cjs';
import { CMS_DIR, NODE } from '../../lib/paths.mjs';

const { freePort, waitForHttp } = netHelpers;
const TAIL_LINES = 60;
const STOP_TIMEOUT_MS = 30_000;

export async function startStrapi({ databaseUrl, smtpPort }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    ...secrets.generateSecrets(),
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SERVE_ADMIN: 'false',
    NODE_ENV: 'test',
    BENCH_BASELINE: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
  const child = spawn(NODE, [path.join(CMS_DIR, 'server.js')], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  const logTail = () => tail.join('\n');

  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitForHttp(`${url}/_health`, { child, name: 'Strapi', timeoutMs: 240_000 });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- last lines from Strapi ---\n${logTail()}`);
  }
  return { url, child, running, logTail, stop };
}
