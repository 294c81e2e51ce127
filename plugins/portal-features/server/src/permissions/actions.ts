/**
 * The admin permission actions of the portal-features plugin: registered in `bootstrap`,
 * required by the admin routes and checked by the admin pages (which import this file).
 * Kept free of runtime imports so the admin bundle can share it.
 */
export const PLUGIN_NAME = 'portal-features';

export const ACTIONS = {
  readLocations: 'plugin::portal-features.locations.read',
  updateLocations: 'plugin::portal-features.locations.update',
} as const;

export type ActionUid = (typeof ACTIONS)[keyof typeof ACTIONS];

/** What `actionProvider.registerMany` needs: Strapi prefixes `uid` with `plugin::<pluginName>.`. */
export const ADMIN_ACTIONS = [
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'locations', uid: 'locations.read', displayName: 'Read locations' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'locations', uid: 'locations.update', displayName: 'Update locations' },
] as const;

/** The policies an admin route needs to require every one of `actions`. */
export const requireActions = (...actions: ActionUid[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];
