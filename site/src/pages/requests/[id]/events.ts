import type { APIRoute } from 'astro';
import { openStrapiStream } from '../../../lib/server/strapi';

/**
 * GET /requests/:id/events: the request page's live updates. The browser cannot call Strapi
 * itself (the JWT is in an httpOnly cookie), so this passes Strapi's event stream through as it
 * arrives. Refusals (not shared, feature off, logged out) keep Strapi's status and JSON body: an
 * EventSource that gets one stops instead of retrying.
 */
export const GET: APIRoute = async ({ params, locals, request }) => {
  if (!locals.token) return new Response(null, { status: 401 });
  const upstream = await openStrapiStream(`/service-requests/tickets/${encodeURIComponent(params.id ?? '')}/events`, {
    token: locals.token,
    // Aborted by the adapter when the browser disconnects: the Strapi connection closes with it.
    signal: request.signal,
  });
  if (!upstream) return Response.json({ error: { name: 'Unavailable', message: 'The service is not reachable right now.' } }, { status: 503 });
  if (!upstream.ok || !upstream.body || !upstream.headers.get('content-type')?.startsWith('text/event-stream')) {
    return new Response(upstream.body, { status: upstream.ok ? 502 : upstream.status, headers: { 'content-type': 'application/json' } });
  }
  return new Response(upstream.body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      // A proxy in front of the portal must pass events on at once, not buffer them.
      'x-accel-buffering': 'no',
    },
  });
};
