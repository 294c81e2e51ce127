import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', 'build', '.astro', '.strapi', '.cache', '__tests__']);

async function* filesUnder(entry) {
  const stat = await fs.stat(entry).catch(() => null);
  if (!stat) return;
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const child of (await fs.readdir(entry)).sort()) {
    if (!SKIP.has(child)) yield* filesUnder(path.join(entry, child));
  }
}

/** A hash of the content of every file under the given paths: what a build's output depends on. */
export async function fingerprint(paths, extra = '') {
  const hash = crypto.createHash('sha256').update(extra);
  for (const root of paths) {
    for await (const file of filesUnder(root)) {
      hash.update(file).update('\0').update(await fs.readFile(file));
    }
  }
  return hash.digest('hex');
}

/** Runs `build` unless the stamp file holds the same fingerprint and the outputs exist. */
export async function buildIfChanged({ name, inputs, outputs, stamp, build }) {
  const current = await fingerprint(inputs);
  const previous = await fs.readFile(stamp, 'utf8').catch(() => '');
  const outputsExist = (await Promise.all(outputs.map((output) => fs.stat(output).then(() => true, () => false)))).every(Boolean);
  if (previous === current && outputsExist) {
    console.log(`${name}: up to date`);
    return false;
  }
  console.log(`${name}: building`);
  const started = Date.now();
  await build();
  await fs.mkdir(path.dirname(stamp), { recursive: true });
  await fs.writeFile(stamp, current);
  console.log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
