import type { Core } from '@strapi/strapi';
import { FEATURE_KEYS, readFeatureSettings } from '../features/catalogue';
import type { DocumentMiddleware } from './types';

const LOCATION = 'plugin::portal-features.location';
const CUSTOMER = 'plugin::portal-features.customer';
const FEATURE_CHANGE = 'plugin::portal-features.feature-change';

interface Change {
  scope: 'feature' | 'location-portal' | 'customer-portal';
  feature?: string;
  before: boolean;
  after: boolean;
}

/** The admin user behind the current request, if any: the "who" of the history. */
const currentAdmin = (strapi: Core.Strapi) => {
  const user = strapi.requestContext.get()?.state?.user as { id?: number; email?: string; firstname?: string; lastname?: string } | undefined;
  if (!user?.id || !user.email) return { changedBy: null, changedByName: 'System' };
  return { changedBy: user.id, changedByName: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email };
};

const locationChanges = (before: any, after: any): Change[] => {
  const changes: Change[] = [];
  if (Boolean(before.portalEnabled) !== Boolean(after.portalEnabled)) {
    changes.push({ scope: 'location-portal', before: Boolean(before.portalEnabled), after: Boolean(after.portalEnabled) });
  }
  const was = readFeatureSettings(before.features);
  const now = readFeatureSettings(after.features);
  for (const key of FEATURE_KEYS) if (was[key] !== now[key]) changes.push({ scope: 'feature', feature: key, before: was[key], after: now[key] });
  return changes;
};

/**
 * Records every change of a portal switch (customer portal, location portal, each feature), with
 * who made it and the values before and after, in the same transaction as the change itself.
 * It sits on the document service, so the grid, the content manager and any API are all recorded.
 */
export const switchHistory =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    const watched = (context.uid === LOCATION || context.uid === CUSTOMER) && context.action === 'update';
    if (!watched) return next();
    const documentId = (context.params as { documentId: string }).documentId;
    return strapi.db.transaction(async () => {
      const before = await strapi.db.query(context.uid).findOne({ where: { documentId } });
      const result = await next();
      const after = await strapi.db.query(context.uid).findOne({ where: { documentId } });
      if (!before || !after) return result;
      const changes: Change[] =
        context.uid === LOCATION
          ? locationChanges(before, after)
          : Boolean(before.portalEnabled) !== Boolean(after.portalEnabled)
            ? [{ scope: 'customer-portal', before: Boolean(before.portalEnabled), after: Boolean(after.portalEnabled) }]
            : [];
      const who = currentAdmin(strapi);
      for (const change of changes) {
        await strapi.db.query(FEATURE_CHANGE).create({
          data: {
            ...change,
            ...who,
            location: context.uid === LOCATION ? after.id : null,
            customer: context.uid === CUSTOMER ? after.id : null,
          },
        });
      }
      return result;
    });
  };
