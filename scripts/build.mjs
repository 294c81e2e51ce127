/**
 * Builds what has changed since the last build: the plugins' servers (TypeScript), the Strapi
 * admin panel (with both plugins' admin pages) and the Astro portal. `npm start`, `npm test` and
 * `npm run bench` call it first, so a fresh clone needs no separate build step.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfChanged } from './lib/fingerprint.mjs';
import { run } from './lib/processes.mjs';
import { CMS_DIR, NODE, ROOT, SITE_DIR } from './lib/paths.mjs';
import { generateSecrets } from './lib/secrets.mjs';

const bin = (relative) => path.join(ROOT, 'node_modules', relative);
const PLUGINS = ['portal-features', 'service-requests'].map((name) => path.join(ROOT, 'plugins', name));

export async function buildAll({ admin = true } = {}) {
  // tsc -b is incremental on its own.
  await run(NODE, [bin('typescript/bin/tsc'), '-b', path.join(ROOT, 'tsconfig.json')], { cwd: ROOT });

  await buildIfChanged({
    name: 'portal (Astro)',
    inputs: [path.join(SITE_DIR, 'src'), path.join(SITE_DIR, 'public'), path.join(SITE_DIR, 'astro.config.mjs'), path.join(SITE_DIR, 'package.json')],
    outputs: [path.join(SITE_DIR, 'dist', 'server', 'entry.mjs')],
    stamp: path.join(SITE_DIR, 'dist', '.fingerprint'),
    build: () => run(NODE, [bin('astro/bin/astro.mjs'), 'build'], { cwd: SITE_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }),
  });

  if (!admin) return;
  await buildIfChanged({
    name: 'admin panel (Strapi)',
    inputs: [...PLUGINS.map((plugin) => path.join(plugin, 'admin')), ...PLUGINS.map((plugin) => path.join(plugin, 'package.json')), path.join(CMS_DIR, 'config'), path.join(CMS_DIR, 'package.json')],
    outputs: [path.join(CMS_DIR, 'build', 'index.html')],
    stamp: path.join(CMS_DIR, 'build', '.fingerprint'),
    // The admin build loads the app's configuration, which needs secrets and a database URL to be
    // present (it connects to neither): throwaway values do.
    build: () =>
      run(NODE, [path.join(ROOT, 'scripts', 'lib', 'build-admin.cjs')], {
        cwd: CMS_DIR,
        env: { ...generateSecrets(), DATABASE_URL: 'postgres://build@127.0.0.1/build', ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
      }),
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildAll({ admin: !process.argv.includes('--no-admin') }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
