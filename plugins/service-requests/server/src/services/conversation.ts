import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';
import { managersOf } from '../utils/places';
import { pluginConfig } from '../utils/plugin-config';
import type { IncomingFile } from './attachments';
import { ticketReference } from './ticket-messages';
import { deskUrl } from './ticket-notices';

const TICKET = 'plugin::service-requests.ticket';
const COMMENT = 'plugin::service-requests.ticket-comment';
const FILE_FIELDS = ['name', 'url', 'mime', 'size', 'provider', 'hash', 'ext'];

export interface PortalMessage {
  documentId: string;
  from: 'management' | 'you';
  body: string;
  sentAt: string;
  attachments: Array<{ name: string; url: string; mime: string; size: number }>;
}

/**
 * The messages on a ticket as the portal shows them: staff messages once published to the portal,
 * and the reporter's own replies, which only the reporter (and staff) see, so a neighbour who may
 * see a shared request never reads who wrote what.
 */
const conversation = ({ strapi }: { strapi: Core.Strapi }) => ({
  async messagesFor(args: { ticketId: number; viewerIsReporter: boolean }): Promise<PortalMessage[]> {
    const rows = await strapi.db.query(COMMENT).findMany({
      where: {
        ticket: { id: args.ticketId },
        $or: [{ authorKind: 'staff', published: true }, ...(args.viewerIsReporter ? [{ authorKind: 'reporter' }] : [])],
      },
      populate: { attachments: { select: FILE_FIELDS } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const attachments = getService(strapi, 'attachments');
    return Promise.all(
      rows.map(async (row: any) => {
        const signed = await attachments.withSignedLinks(row);
        return {
          documentId: row.documentId,
          from: row.authorKind === 'staff' ? 'management' : 'you',
          body: row.body,
          sentAt: row.createdAt,
          attachments: (signed.attachments ?? []).map((file: any) => ({ name: file.name, url: file.url, mime: file.mime, size: file.size })),
        } as PortalMessage;
      }),
    );
  },

  /** The reporter writes to the management team; the location's managers are emailed (outbox). */
  async reply(args: { user: { id: number }; documentId: string; body: string; files: IncomingFile[] }) {
    // Refuses as the request page would: 404 for a ticket the user may not see, 403 with the feature off.
    const view = await getService(strapi, 'tickets').findVisible({ userId: args.user.id, documentId: args.documentId });
    if (!view.reportedByMe) throw new errors.PolicyError('Only the person who reported a request can reply to it');
    const ticket = await strapi.db.query(TICKET).findOne({ where: { documentId: args.documentId }, populate: { location: { select: ['id', 'name'] } } });
    const attachments = getService(strapi, 'attachments');
    await attachments.check(args.files);
    const managers = await managersOf(strapi, ticket.location.id);
    const stored = await attachments.store(args.files);
    const { publicUrl } = pluginConfig(strapi);
    let created: any;
    try {
      created = await strapi.db.transaction(async () => {
        const comment = await strapi.db.query(COMMENT).create({
          data: {
            ticket: ticket.id,
            body: args.body,
            authorKind: 'reporter',
            authorUser: args.user.id,
            published: true,
            ...(stored.length > 0 ? { attachments: stored.map((file) => file.id) } : {}),
          },
        });
        await getService(strapi, 'notifier').queue(
          managers.map((manager) => ({
            channel: 'email' as const,
            recipient: manager.email,
            template: 'ticket-reply',
            idempotencyKey: `ticket-comment:${comment.documentId}:reply:${manager.email.toLowerCase()}`,
            payload: {
              recipientName: manager.name,
              message: args.body,
              attachmentCount: stored.length,
              ticket: {
                reference: ticketReference(ticket.id),
                summary: ticket.summary,
                locationName: ticket.location.name,
                adminUrl: deskUrl(publicUrl, ticket.documentId),
              },
            },
          })),
        );
        return comment;
      });
    } catch (error) {
      await attachments.discard(stored);
      throw error;
    }
    const [message] = (await this.messagesFor({ ticketId: ticket.id, viewerIsReporter: true })).filter((item) => item.documentId === created.documentId);
    return message;
  },
});

export type ConversationService = ReturnType<typeof conversation>;
export default conversation;
