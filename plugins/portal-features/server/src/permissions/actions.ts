/**
 * The admin permission actions of the portal-features plugin: registered in `bootstrap`,
 * required by the admin routes and checked by the admin pages (which import this file).
 * Kept free of runtime imports so the admin bundle can share it.
 */
export const PLUGIN_NAME = 'portal-features';

export const ACTIONS = {
  readFeatures: 'plugin::portal-features.features.read',
  updateFeatures: 'plugin::portal-features.features.update',
  readFeedback: 'plugin::portal-features.feedback.read',
  readSurveyResults: 'plugin::portal-features.survey-results.read',
} as const;

export type ActionUid = (typeof ACTIONS)[keyof typeof ACTIONS];

/** What `actionProvider.registerMany` needs: Strapi prefixes `uid` with `plugin::<pluginName>.`. */
export const ADMIN_ACTIONS = [
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'portal features', uid: 'features.read', displayName: 'See portal features and their history' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'portal features', uid: 'features.update', displayName: 'Switch portals and portal features' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'feedback', uid: 'feedback.read', displayName: 'Read feedback and its averages' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'surveys', uid: 'survey-results.read', displayName: 'Read survey results' },
] as const;

/** The policies an admin route needs to require every one of `actions`. */
export const requireActions = (...actions: ActionUid[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];
