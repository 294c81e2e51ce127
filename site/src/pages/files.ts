import type { APIRoute } from 'astro';
import { strapiUrl } from '../lib/server/config';

/**
 * Streams a private file from Strapi for a signed link (see lib/file-links.ts). The signature is
 * the permission: Strapi refuses a link that is forged or expired, and this route forwards only
 * links to Strapi's private files, nothing else.
 */
export const GET: APIRoute = async ({ url }) => {
  const link = url.searchParams.get('link') ?? '';
  if (!link.startsWith('/private-files/') || link.includes('..')) return new Response('Not found', { status: 404 });
  const upstream = await fetch(new URL(link, strapiUrl())).catch(() => null);
  if (!upstream) return new Response('The file cannot be fetched right now', { status: 503 });
  if (!upstream.ok || !upstream.body) {
    return new Response(upstream.status === 403 ? 'This link has expired. Go back and open the file again.' : 'Not found', {
      status: upstream.status === 403 ? 403 : 404,
    });
  }
  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'content-disposition': 'inline',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=300',
    },
  });
};
