import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

const TICKET = 'plugin::service-requests.ticket';

/**
 * The ticket's rules on every write through the document service (the service desk, the content
 * manager, the portal's services, scripts): the row is locked and read before, the write runs,
 * the saved row is read after, and `ticket-changes` checks and follows up, all in one
 * transaction. Reading saved rows rather than the input covers every shape a write arrives in.
 */
export const ticketRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== TICKET || (context.action !== 'create' && context.action !== 'update')) return next();
    const changes = getService(strapi, 'ticket-changes');
    return strapi.db.transaction(async () => {
      const before = context.action === 'update' ? await changes.read({ documentId: context.params.documentId }, { lock: true }) : null;
      if (context.action === 'update' && !before) throw new errors.NotFoundError('Ticket not found');
      const result = (await next()) as { documentId?: string } | null;
      const after = await changes.read({ documentId: result?.documentId ?? context.params.documentId });
      if (!after) return result;
      const actor = currentActor(strapi);
      if (before) await changes.afterUpdate({ before, after, actor });
      else await changes.afterCreate({ ticket: after, actor });
      return result;
    });
  };
