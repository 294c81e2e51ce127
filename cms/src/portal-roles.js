'use strict';

/**
 * The users-permissions roles portal users hold, and the content-API actions each may call.
 * Authorization on each object is decided by the routes themselves (memberships, visibility);
 * these grants only open the routes to the right kinds of user. Applied on every start, so a
 * new route reaches existing installations too.
 */
const MEMBER_ACTIONS = [
  'plugin::users-permissions.user.me',
  'plugin::portal-features.my-places.find',
  'plugin::service-requests.portal-tickets.create',
  'plugin::service-requests.portal-tickets.find',
  'plugin::service-requests.portal-tickets.findOne',
  'plugin::service-requests.portal-tickets.reply',
  'plugin::service-requests.portal-tickets.cancel',
  'plugin::service-requests.portal-tickets.setNotifications',
  'plugin::service-requests.portal-tickets.rate',
  'plugin::service-requests.portal-tickets.categories',
  'plugin::service-requests.ticket-events.stream',
  'plugin::service-requests.portal-tickets.confirmAppointment',
  'plugin::portal-features.supplies.catalogue',
  'plugin::portal-features.supplies.find',
  'plugin::portal-features.supplies.create',
  'plugin::portal-features.feedback.find',
  'plugin::portal-features.feedback.create',
  'plugin::portal-features.announcements.find',
  'plugin::portal-features.quality-checks.find',
  'plugin::portal-features.time-clock.onDuty',
  'plugin::portal-features.shared-files.files',
  'plugin::portal-features.shared-files.documents',
  'plugin::portal-features.surveys.find',
  'plugin::portal-features.surveys.respond',
];

/** A vendor sees only its own offers and work orders (checked per object by the routes). */
const VENDOR_ACTIONS = [
  'plugin::users-permissions.user.me',
  'plugin::service-requests.vendor-portal.offers',
  'plugin::service-requests.vendor-portal.accept',
  'plugin::service-requests.vendor-portal.decline',
  'plugin::service-requests.vendor-portal.workOrders',
  'plugin::service-requests.vendor-portal.workOrder',
  'plugin::service-requests.vendor-portal.schedule',
  'plugin::service-requests.vendor-portal.propose',
  'plugin::service-requests.vendor-portal.start',
  'plugin::service-requests.vendor-portal.setTask',
  'plugin::service-requests.vendor-portal.complete',
  'plugin::service-requests.vendor-portal.notDone',
  'plugin::service-requests.vendor-portal.estimate',
  'plugin::service-requests.vendor-portal.invoice',
  'plugin::service-requests.vendor-portal.photos',
];

const PORTAL_ROLES = [
  { type: 'tenant', name: 'Tenant', description: 'Rents a unit', actions: MEMBER_ACTIONS },
  { type: 'occupant', name: 'Occupant', description: 'Lives or works in a unit', actions: MEMBER_ACTIONS },
  { type: 'customer', name: 'Customer contact', description: "Speaks for a customer's locations", actions: MEMBER_ACTIONS },
  { type: 'owner', name: 'Owner', description: 'Owns a unit or a building; approves spend', actions: MEMBER_ACTIONS },
  { type: 'vendor', name: 'Vendor', description: 'A contractor who takes work orders', actions: VENDOR_ACTIONS },
];

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';

async function ensurePortalRoles(strapi) {
  for (const definition of PORTAL_ROLES) {
    let role = await strapi.db.query(ROLE).findOne({ where: { type: definition.type } });
    if (!role) {
      role = await strapi.db.query(ROLE).create({
        data: { type: definition.type, name: definition.name, description: definition.description },
      });
    }
    const granted = await strapi.db.query(PERMISSION).findMany({ where: { role: role.id }, select: ['action'] });
    const have = new Set(granted.map((permission) => permission.action));
    for (const action of definition.actions.filter((name) => !have.has(name))) {
      await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  }
  // Portal accounts are created by staff; nobody signs themselves up.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = (await store.get()) ?? {};
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}

module.exports = { ensurePortalRoles, PORTAL_ROLES };
