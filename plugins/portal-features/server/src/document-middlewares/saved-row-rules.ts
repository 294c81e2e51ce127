import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from './types';

export interface Problem {
  path: string;
  message: string;
}

/**
 * Rules checked on a row as it was saved, inside the write's transaction: a bad write is rolled
 * back with a 400 naming each field. Checking the saved row (rather than the input) covers every
 * shape relations arrive in (ids, documentIds, connect lists) and every path that writes.
 */
export const savedRowRules =
  (strapi: Core.Strapi, rule: { uid: string; populate?: Record<string, unknown>; problems: (saved: any) => Promise<Problem[]> | Problem[] }): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== rule.uid || (context.action !== 'create' && context.action !== 'update')) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string } | null;
      const saved = await strapi.db.query(rule.uid).findOne({ where: { documentId: result?.documentId ?? context.params.documentId }, populate: rule.populate });
      const problems = saved ? await rule.problems(saved) : [];
      if (problems.length > 0) {
        throw new errors.ValidationError(problems[0].message, {
          errors: problems.map((problem) => ({ path: [problem.path], message: problem.message, name: 'ValidationError' })),
        });
      }
      return result;
    });
  };
