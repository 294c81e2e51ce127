import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, type StrapiProcess } from './strapi-process';

const run = promisify(execFile);

/**
 * Updates a document through Strapi's document service in a second process on the same database,
 * the path app code and scripts take (no HTTP, no admin). Resolves with the outcome.
 */
export async function updateThroughDocumentService(strapi: StrapiProcess, args: { uid: string; documentId: string; data: object }) {
  const { stdout } = await run(
    process.execPath,
    [path.join(__dirname, 'document-service-update.cjs'), path.join(ROOT, 'cms'), args.uid, args.documentId, JSON.stringify(args.data)],
    { env: strapi.env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
  );
  const lastLine = stdout.trim().split('\n').at(-1)!;
  return JSON.parse(lastLine) as { ok: true } | { ok: false; name: string; message: string };
}
