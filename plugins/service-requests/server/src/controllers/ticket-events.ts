import { PassThrough } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const KEEP_ALIVE_MS = 20_000;

/**
 * GET /tickets/:documentId/events: a server-sent event stream that says `changed` each time the
 * ticket changes, for an open request page to refresh itself. Who may listen is checked as for
 * reading the ticket, before the stream opens and again at each change (a ticket may stop being
 * shared, a member may leave): then the stream says `gone` and ends.
 */
const ticketEvents = ({ strapi }: { strapi: Core.Strapi }) => ({
  async stream(ctx: any) {
    const user = ctx.state.user;
    if (!user) throw new errors.UnauthorizedError('Log in to continue');
    const documentId = String(ctx.params.documentId);
    const tickets = getService(strapi, 'tickets');
    await tickets.findVisible({ userId: user.id, documentId });

    const stream = new PassThrough();
    const write = (text: string) => !stream.writableEnded && stream.write(text);
    let unsubscribe = () => {};
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const close = () => {
      clearInterval(keepAlive);
      unsubscribe();
      if (!stream.writableEnded) stream.end();
    };
    const onChange = async () => {
      try {
        const ticket = await tickets.findVisible({ userId: user.id, documentId });
        write(`event: changed\ndata: ${JSON.stringify({ status: ticket.status, updatedAt: ticket.updatedAt })}\n\n`);
      } catch {
        write('event: gone\ndata: {}\n\n');
        close();
      }
    };
    unsubscribe = await getService(strapi, 'live-updates').subscribe(documentId, () => void onChange());
    ctx.req.on('close', close);
    ctx.req.socket.setTimeout(0);
    ctx.set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' });
    ctx.status = 200;
    ctx.body = stream;
    write('retry: 3000\n: connected\n\n');
  },
});

export default ticketEvents;
