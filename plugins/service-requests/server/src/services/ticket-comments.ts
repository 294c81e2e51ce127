import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { missingForTriage } from '../domain/triage-gate';
import type { ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import { commentPublishedNotice } from './ticket-notices';

const TICKET = 'plugin::service-requests.ticket';

/** Staff messages on a ticket: what publishing one to the portal sets off. */
const ticketComments = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Runs in the publishing write's transaction; throwing rolls the publishing back. */
  async afterPublished(args: { comment: { documentId: string; body: string }; ticketId: number; actor: ChangeActor }) {
    const changes = getService(strapi, 'ticket-changes');
    const ticket = await changes.read({ id: args.ticketId }, { lock: true });
    if (!ticket) throw new errors.NotFoundError('Ticket not found');
    const missing = missingForTriage(ticket);
    if (missing.length > 0) {
      const message = 'Triage this ticket first: give it a type and a priority before publishing a message to the portal';
      throw new errors.ValidationError(message, { errors: missing.map((field) => ({ path: [field], message, name: 'ValidationError' })) });
    }
    const preview = args.comment.body.length > 120 ? `${args.comment.body.slice(0, 117)}…` : args.comment.body;
    await getService(strapi, 'ticket-timeline').record({ ticketId: ticket.id, kind: 'comment-published', to: preview, actor: args.actor });
    if (!ticket.firstRespondedAt) await strapi.db.query(TICKET).update({ where: { id: ticket.id }, data: { firstRespondedAt: new Date() } });
    const { publicUrl, siteUrl } = pluginConfig(strapi);
    const messages = commentPublishedNotice({ ticket, commentId: args.comment.documentId, message: args.comment.body, links: { publicUrl, siteUrl } });
    await getService(strapi, 'notifier').queue(messages);
    await getService(strapi, 'live-updates').announce(ticket.documentId);
  },
});

export type TicketCommentsService = ReturnType<typeof ticketComments>;
export default ticketComments;
