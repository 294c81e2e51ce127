/**
 * One embedded PostgreSQL server for the whole run, in a temporary folder; each test file
 * creates its own database on it, so files never see each other's data.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_SERVER_URL) return;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'srp-test-pg-'));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  process.env.DATABASE_SERVER_URL = postgres.serverUrl;
  // Uploaded files of every Strapi the tests start; removed with the rest at the end of the run.
  process.env.TEST_UPLOAD_DIR = path.join(dataDir, 'uploads');
  globalThis.__testPostgres = { postgres, dataDir };
}
