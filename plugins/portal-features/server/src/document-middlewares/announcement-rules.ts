import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { announcementProblems } from '../domain/announcement-rules';
import type { DocumentMiddleware } from './types';

const ANNOUNCEMENT = 'plugin::portal-features.announcement';

/**
 * An announcement must point at what its scope names and have a sensible window. Relations arrive
 * in several shapes (ids, documentIds, connect lists), so the saved row is checked inside the
 * write's transaction and a bad one is rolled back.
 */
export const announcementRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== ANNOUNCEMENT || (context.action !== 'create' && context.action !== 'update')) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string } | null;
      const documentId = result?.documentId ?? context.params.documentId;
      const saved = await strapi.db.query(ANNOUNCEMENT).findOne({
        where: { documentId },
        populate: { location: { select: ['id'] }, unit: { select: ['id'] }, customer: { select: ['id'] } },
      });
      if (!saved) return result;
      const problems = announcementProblems({
        scope: saved.scope,
        locationId: saved.location?.id ?? null,
        unitId: saved.unit?.id ?? null,
        customerId: saved.customer?.id ?? null,
        publishFrom: saved.publishFrom ? new Date(saved.publishFrom) : null,
        publishUntil: saved.publishUntil ? new Date(saved.publishUntil) : null,
      });
      if (problems.length > 0) {
        throw new errors.ValidationError(problems[0].message, {
          errors: problems.map((problem) => ({ path: [problem.path], message: problem.message, name: 'ValidationError' })),
        });
      }
      return result;
    });
  };
