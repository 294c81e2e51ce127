import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { supplyDecisionProblem, type SupplyRequestState } from '../domain/supply-request-lifecycle';
import type { DocumentMiddleware } from './types';
import { supplyReference } from '../services/supplies';

const SUPPLY_REQUEST = 'plugin::portal-features.supply-request';

/**
 * Staff decide supply requests in the content manager (or any API): a request moves once, from
 * requested to fulfilled or declined (with a reason), the moment of the decision is kept, and the
 * person who asked is emailed, through the outbox in the same transaction.
 */
export const supplyDecisions =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== SUPPLY_REQUEST || context.action !== 'update') return next();
    const data = context.params.data as { state?: SupplyRequestState; staffNote?: string | null; decidedAt?: unknown } | undefined;
    if (!data || data.state === undefined) return next();
    const current = await strapi.db.query(SUPPLY_REQUEST).findOne({ where: { documentId: context.params.documentId }, select: ['state', 'staffNote'] });
    if (!current) return next();
    const problem = supplyDecisionProblem({ from: current.state, to: data.state, staffNote: data.staffNote ?? current.staffNote });
    if (problem) throw new errors.ValidationError(problem, { errors: [{ path: ['state'], message: problem, name: 'ValidationError' }] });
    if (current.state === data.state) return next();
    data.decidedAt = new Date();
    return strapi.db.transaction(async () => {
      const result = await next();
      await tellRequester(strapi, context.params.documentId);
      return result;
    });
  };

/** The decision email to the person who placed the order. */
const tellRequester = async (strapi: Core.Strapi, documentId: string) => {
  const order = await strapi.db.query(SUPPLY_REQUEST).findOne({
    where: { documentId },
    populate: { requester: { select: ['email', 'username'] }, location: { select: ['name'] } },
  });
  if (!order?.requester?.email) return;
  await strapi.plugin('service-requests').service('notifier').queue([
    {
      channel: 'email',
      recipient: order.requester.email,
      template: 'supply-decided',
      idempotencyKey: `supply-request:${order.documentId}:decided:${order.state}`,
      payload: {
        recipientName: order.requester.username || order.requester.email,
        request: {
          reference: supplyReference(order.id),
          locationName: order.location?.name ?? '',
          fulfilled: order.state === 'fulfilled',
          staffNote: order.staffNote ?? null,
          lines: order.lines ?? [],
        },
      },
    },
  ]);
};
