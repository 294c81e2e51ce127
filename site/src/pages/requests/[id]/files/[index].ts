import type { APIRoute } from 'astro';
import { strapi } from '../../../../lib/server/strapi';
import { strapiUrl } from '../../../../lib/server/config';
import type { PortalTicket } from '../../../../lib/portal-types';

/**
 * Strapi's own file links (signed /private-files/… links) are fetched from Strapi directly, not
 * through its public address; a storage service's absolute link (e.g. S3) is fetched as it is.
 */
const internalUrl = (url: string) => {
  const link = new URL(url, strapiUrl());
  return link.pathname.startsWith('/private-files/') || link.pathname.startsWith('/uploads/') ? new URL(link.pathname + link.search, strapiUrl()) : link;
};

/**
 * Serves a ticket's attachment to someone who may see the ticket: Strapi decides visibility,
 * and the file is streamed through the portal rather than linked to directly.
 */
export const GET: APIRoute = async ({ params, locals }) => {
  const ticket = await strapi<PortalTicket>(`/service-requests/tickets/${encodeURIComponent(params.id ?? '')}`, { token: locals.token });
  const file = ticket.data?.attachments[Number(params.index)];
  if (!ticket.ok || !file) return new Response('Not found', { status: 404 });
  const upstream = await fetch(internalUrl(file.url));
  if (!upstream.ok || !upstream.body) return new Response('Not found', { status: 404 });
  return new Response(upstream.body, {
    headers: {
      'content-type': file.mime,
      'content-disposition': `inline; filename="${file.name.replace(/["\\\r\n]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
};
