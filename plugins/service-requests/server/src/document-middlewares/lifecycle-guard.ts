import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from './types';

/**
 * Work orders and approvals move only through their lifecycles (dispatch, the vendor portal, the
 * approval links), which write with the query engine and so never pass here. Through the document
 * service (the content manager, a script) their state, and a work order's creation, are refused
 * with a message saying where to do it instead; their other fields stay editable.
 */
const GUARDED: Record<string, { field: string; how: string; allowCreate: boolean }> = {
  'plugin::service-requests.work-order': {
    field: 'state',
    how: 'A work order changes state through the dispatch board and the vendor portal, and is created from a ticket ("Create work order") or a maintenance schedule',
    allowCreate: false,
  },
  'plugin::service-requests.approval': {
    field: 'state',
    how: 'An approval is decided by the owner or manager from the link they were emailed',
    allowCreate: false,
  },
};

export const lifecycleGuard =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    const guard = GUARDED[context.uid];
    if (!guard) return next();
    const refuse = () => new errors.ValidationError(guard.how, { errors: [{ path: [guard.field], message: guard.how, name: 'ValidationError' }] });
    if (context.action === 'create' && !guard.allowCreate) throw refuse();
    if (context.action !== 'update') return next();
    return strapi.db.transaction(async () => {
      const before = await strapi.db.query(context.uid).findOne({ where: { documentId: context.params.documentId }, select: [guard.field] });
      const result = await next();
      const after = await strapi.db.query(context.uid).findOne({ where: { documentId: context.params.documentId }, select: [guard.field] });
      if (before && after && before[guard.field] !== after[guard.field]) throw refuse();
      return result;
    });
  };
