import fs from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.__testPostgres;
  if (!started) return;
  await started.postgres.stop();
  await fs.rm(started.dataDir, { recursive: true, force: true });
}
