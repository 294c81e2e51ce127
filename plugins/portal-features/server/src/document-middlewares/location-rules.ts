import type { DocumentMiddleware } from './types';
import { errors } from '@strapi/utils';
import { isIanaTimezone } from '../utils/timezone';
import { defaultFeatureSettings, isFeatureKey } from '../features/catalogue';

const LOCATION = 'plugin::portal-features.location';

const invalid = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/** The feature switches must name known features and be true or false. */
const checkFeatures = (features: unknown) => {
  if (features === undefined || features === null) return;
  if (typeof features !== 'object' || Array.isArray(features)) throw invalid('features', 'Features must be an object of feature switches');
  for (const [key, value] of Object.entries(features)) {
    if (!isFeatureKey(key)) throw invalid('features', `"${key}" is not a portal feature`);
    if (typeof value !== 'boolean') throw invalid('features', `The "${key}" switch must be true or false`);
  }
};

/**
 * Rules every write of a location obeys, whichever path writes it (admin, API, seed):
 * an IANA time zone (reminders and due times are computed in it), well-formed feature switches,
 * and a new location starts with the default features.
 */
export const locationRules: DocumentMiddleware = async (context, next) => {
  if (context.uid !== LOCATION || (context.action !== 'create' && context.action !== 'update')) return next();
  const params = context.params as { data?: { timezone?: unknown; features?: unknown } };
  const data = params.data;
  if (data) {
    if (data.timezone !== undefined && !isIanaTimezone(data.timezone)) {
      throw invalid('timezone', `"${String(data.timezone)}" is not an IANA time zone such as Europe/London`);
    }
    checkFeatures(data.features);
    if (context.action === 'create') data.features = { ...defaultFeatureSettings(), ...((data.features as object) ?? {}) };
  }
  return next();
};
