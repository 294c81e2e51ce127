import type { Core } from '@strapi/strapi';
import { currentActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

const COMMENT = 'plugin::service-requests.ticket-comment';

/**
 * A staff message published to the portal, however it was published (the desk's switch, the
 * content manager, a script): on the timeline, counted as the first response, emailed to the
 * reporter once. Internal messages cause nothing outside the desk.
 */
export const commentRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== COMMENT || (context.action !== 'create' && context.action !== 'update')) return next();
    const query = () => strapi.db.query(COMMENT);
    return strapi.db.transaction(async () => {
      const before = context.action === 'update' ? await query().findOne({ where: { documentId: context.params.documentId }, select: ['published'] }) : null;
      const result = (await next()) as { documentId?: string } | null;
      const after = await query().findOne({
        where: { documentId: result?.documentId ?? context.params.documentId },
        select: ['id', 'documentId', 'body', 'authorKind', 'published'],
        populate: { ticket: { select: ['id'] } },
      });
      const newlyPublished = after?.published && after.authorKind === 'staff' && !before?.published && after.ticket;
      if (newlyPublished) {
        await getService(strapi, 'ticket-comments').afterPublished({ comment: after, ticketId: after.ticket.id, actor: currentActor(strapi) });
      }
      return result;
    });
  };
