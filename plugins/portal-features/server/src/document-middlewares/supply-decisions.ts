import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { supplyDecisionProblem, type SupplyRequestState } from '../domain/supply-request-lifecycle';
import type { DocumentMiddleware } from './types';

const SUPPLY_REQUEST = 'plugin::portal-features.supply-request';

/**
 * Staff decide supply requests in the content manager (or any API): a request moves once, from
 * requested to fulfilled or declined (with a reason), and the moment of the decision is kept.
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
    if (current.state !== data.state) data.decidedAt = new Date();
    return next();
  };
