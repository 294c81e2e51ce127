'use strict';

/**
 * Lets the tenant role use the baseline's create route, so both benched routes take the same
 * path through the JWT check and the route permission check.
 *
 * The generated route also refuses to write a relation to a type the caller may not `find`
 * ("Invalid key location"). To write the same three relations as a ticket, the tenant gets `find`
 * on locations, units and users too: in the bench's throwaway database only, as this plugin is
 * only ever enabled there. Locations and units have no content-API find route, so those two
 * actions are registered here first (which Strapi allows during bootstrap).
 */
const { ensurePortalRoles } = require('../../../../cms/src/portal-roles');

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

const UNROUTED_FIND_ACTIONS = [
  { api: 'plugin::portal-features', controller: 'location', action: 'find' },
  { api: 'plugin::portal-features', controller: 'unit', action: 'find' },
];

const TENANT_ACTIONS = [
  'plugin::bench-baseline.baseline-ticket.create',
  'plugin::portal-features.location.find',
  'plugin::portal-features.unit.find',
  'plugin::users-permissions.user.find',
];

module.exports = async ({ strapi }) => {
  const actions = strapi.contentAPI.permissions.providers.action;
  for (const { api, controller, action } of UNROUTED_FIND_ACTIONS) {
    const uid = `${api}.${controller}.${action}`;
    if (!actions.has(uid)) await actions.register(uid, { api, controller, action, uid });
  }

  // Plugins bootstrap before the app, and the portal roles are made in the app's bootstrap: on
  // the bench's fresh database they do not exist yet. The app's own idempotent function makes
  // them here first; the app's call afterwards finds them in place.
  await ensurePortalRoles(strapi);
  const tenant = await strapi.db.query(ROLE).findOne({ where: { type: 'tenant' } });
  const granted = await strapi.db.query(PERMISSION).findMany({ where: { role: tenant.id }, select: ['action'] });
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of TENANT_ACTIONS.filter((name) => !have.has(name))) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: tenant.id } });
  }
};
