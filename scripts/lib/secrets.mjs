import fs from 'node:fs/promises';
import path from 'node:path';
import secrets from './secrets.cjs';

export const { generateSecrets } = secrets;

/**
 * Development secrets, made once and kept beside the embedded database so sessions and
 * encrypted values survive restarts. Values already in the environment win.
 */
export async function loadDevSecrets(dataDir) {
  const file = path.join(dataDir, 'secrets.json');
  let secrets;
  try {
    secrets = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    secrets = generateSecrets();
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, process.env[name] ?? value]));
}
