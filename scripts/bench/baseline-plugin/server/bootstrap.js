'use strict';

/**
 * Opens the baseline's create route to the tenant role, so both benched routes pass the same
 * JWT check and route permission check.
 *
 * Plugins bootstrap before the app does, and the portal roles are made in the app's bootstrap:
 * on the bench's fresh database they do not exist yet. The app's own idempotent function makes
 * them here first; the app's later call then finds them in place.
 */
const { ensurePortalRoles } = require('../../../../cms/src/portal-roles');

const PERMISSION = 'plugin::users-permissions.permission';
const CREATE = 'plugin::bench-baseline.baseline-ticket.create';

module.exports = async ({ strapi }) => {
  await ensurePortalRoles(strapi);
  const tenant = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'tenant' } });
  const granted = await strapi.db.query(PERMISSION).findOne({ where: { role: tenant.id, action: CREATE } });
  if (!granted) await strapi.db.query(PERMISSION).create({ data: { role: tenant.id, action: CREATE } });
};
