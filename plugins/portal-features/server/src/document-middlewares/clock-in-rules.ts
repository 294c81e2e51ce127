import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from './types';

const CLOCK_IN = 'plugin::portal-features.clock-in';

const invalid = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/**
 * Shifts entered or edited in the admin obey the time clock's rules: one open shift per person and
 * location, and a clock-out after the clock-in. Checked on the saved row, inside the write's
 * transaction, so relation input of any shape is covered and a bad write is rolled back.
 */
export const clockInRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== CLOCK_IN || (context.action !== 'create' && context.action !== 'update')) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string } | null;
      const saved = await strapi.db.query(CLOCK_IN).findOne({
        where: { documentId: result?.documentId ?? context.params.documentId },
        populate: { location: { select: ['id'] } },
      });
      if (!saved) return result;
      if (saved.clockedOutAt && new Date(saved.clockedOutAt) <= new Date(saved.clockedInAt)) {
        throw invalid('clockedOutAt', 'Clocking out must come after clocking in');
      }
      if (!saved.clockedOutAt && saved.location) {
        const open = await strapi.db.query(CLOCK_IN).count({
          where: { staffId: saved.staffId, location: { id: saved.location.id }, clockedOutAt: { $null: true } },
        });
        if (open > 1) throw invalid('staffId', `${saved.staffId} is already clocked in here`);
      }
      return result;
    });
  };
