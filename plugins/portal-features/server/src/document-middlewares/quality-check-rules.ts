import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { inspectionProblems } from '../domain/quality-check-rules';
import type { DocumentMiddleware } from './types';

const QUALITY_CHECK = 'plugin::portal-features.quality-check';

/** Every write of an inspection is checked as saved, inside its transaction; a bad one is rolled back. */
export const qualityCheckRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== QUALITY_CHECK || (context.action !== 'create' && context.action !== 'update')) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string } | null;
      const saved = await strapi.db.query(QUALITY_CHECK).findOne({ where: { documentId: result?.documentId ?? context.params.documentId } });
      const problems = saved ? inspectionProblems({ areas: saved.areas, reviewed: saved.reviewed, published: saved.published }) : [];
      if (problems.length > 0) {
        throw new errors.ValidationError(problems[0].message, {
          errors: problems.map((problem) => ({ path: [problem.path], message: problem.message, name: 'ValidationError' })),
        });
      }
      return result;
    });
  };
