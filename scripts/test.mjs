/**
 * `npm test`: builds what changed (plugins, admin panel, portal), then runs every jest project:
 * unit, API (real Strapi on embedded PostgreSQL, SMTP captured) and browser (headless Chromium).
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit`.
 */
import path from 'node:path';
import { buildAll } from './build.mjs';
import { run } from './lib/processes.mjs';
import { NODE, ROOT } from './lib/paths.mjs';

const args = process.argv.slice(2);
const unitOnly = args.join(' ').includes('--selectProjects unit') && !/api|browser/.test(args.join(' '));
if (!unitOnly) await buildAll();

try {
  await run(NODE, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', ...args], { cwd: ROOT });
} catch {
  process.exit(1);
}
