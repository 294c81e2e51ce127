import { spawn } from 'node:child_process';
import path from 'node:path';
import { waitForHttp } from '../../scripts/lib/net.cjs';
import { ROOT } from './strapi-process';

/** Serves the built Astro portal (site/dist) on `port`, talking to the Strapi at `strapiUrl`. */
export async function startSite({ port, strapiUrl }: { port: number; strapiUrl: string }) {
  const logs: string[] = [];
  const child = spawn(process.execPath, [path.join(ROOT, 'site', 'dist', 'server', 'entry.mjs')], {
    cwd: path.join(ROOT, 'site'),
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), STRAPI_URL: strapiUrl, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => logs.push(chunk.toString()));
  child.stderr.on('data', (chunk) => logs.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/login`, { child, name: 'portal', statuses: [200], timeoutMs: 60_000 });
  return {
    url,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
