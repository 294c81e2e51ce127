import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isIanaTimezone } from './utils/timezone';

const LOCATION = 'plugin::portal-features.location';

/**
 * Reminders and due times are computed in a location's time zone, so a location with an
 * unknown zone must never be saved, whichever path (admin, API, seed) writes it.
 */
const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (context, next) => {
    if (context.uid === LOCATION && (context.action === 'create' || context.action === 'update')) {
      const data = (context.params as { data?: { timezone?: unknown } }).data;
      if (data && data.timezone !== undefined && !isIanaTimezone(data.timezone)) {
        throw new errors.ValidationError(`"${String(data.timezone)}" is not an IANA time zone such as Europe/London`, {
          errors: [{ path: ['timezone'], message: 'Must be an IANA time zone such as Europe/London' }],
        });
      }
    }
    return next();
  });
};

export default register;
