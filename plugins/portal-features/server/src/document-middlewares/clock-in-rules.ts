import type { Core } from '@strapi/strapi';
import { savedRowRules, type Problem } from './saved-row-rules';

const CLOCK_IN = 'plugin::portal-features.clock-in';

/**
 * Shifts entered or edited in the admin obey the time clock's rules: one open shift per person and
 * location, and a clock-out after the clock-in.
 */
export const clockInRules = (strapi: Core.Strapi) =>
  savedRowRules(strapi, {
    uid: CLOCK_IN,
    populate: { location: { select: ['id'] } },
    problems: async (saved): Promise<Problem[]> => {
      if (saved.clockedOutAt && new Date(saved.clockedOutAt) <= new Date(saved.clockedInAt)) {
        return [{ path: 'clockedOutAt', message: 'Clocking out must come after clocking in' }];
      }
      if (!saved.clockedOutAt && saved.location) {
        const open = await strapi.db.query(CLOCK_IN).count({ where: { staffId: saved.staffId, location: { id: saved.location.id }, clockedOutAt: { $null: true } } });
        if (open > 1) return [{ path: 'staffId', message: `${saved.staffId} is already clocked in here` }];
      }
      return [];
    },
  });
