import type { APIRoute } from 'astro';
import { strapi } from '../../../../lib/server/strapi';
import { strapiUrl } from '../../../../lib/server/config';
import type { PortalTicket } from '../../../../lib/portal-types';

/**
 * Serves a ticket's attachment to someone who may see the ticket: Strapi decides visibility,
 * and the file is streamed through the portal rather than linked to directly.
 */
export const GET: APIRoute = async ({ params, locals }) => {
  const ticket = await strapi<PortalTicket>(`/service-requests/tickets/${encodeURIComponent(params.id ?? '')}`, { token: locals.token });
  const file = ticket.data?.attachments[Number(params.index)];
  if (!ticket.ok || !file) return new Response('Not found', { status: 404 });
  const upstream = await fetch(new URL(file.url, strapiUrl()));
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
