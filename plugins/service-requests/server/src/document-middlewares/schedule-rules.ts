import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { validateSchedule } from '../domain/scheduling/recurrence';
import type { DocumentMiddleware } from './types';

const SCHEDULE = 'plugin::service-requests.maintenance-schedule';

/** A maintenance schedule is saved only with a rule and start that make sense in its location's timezone. */
export const scheduleRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (context.uid !== SCHEDULE || (context.action !== 'create' && context.action !== 'update')) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string } | null;
      const saved = await strapi.db.query(SCHEDULE).findOne({
        where: { documentId: result?.documentId ?? context.params.documentId },
        populate: { location: { select: ['timezone'] } },
      });
      if (!saved) return result;
      const fail = (path: string, message: string) => new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
      if (!saved.location) throw fail('location', 'Choose the location the work is at');
      try {
        validateSchedule({ rrule: saved.rrule, startsOn: saved.startsOn, timezone: saved.location.timezone });
      } catch (error) {
        throw fail('rrule', (error as Error).message);
      }
      return result;
    });
  };
