'use strict';

const { DEMO_PASSWORD, DEMO_ADMIN, DEMO_CUSTOMER, DEMO_LOCATIONS, DEMO_PORTAL_USERS, DEMO_SUPPLY_ITEMS } = require('./demo-data');

const CUSTOMER = 'plugin::portal-features.customer';
const LOCATION = 'plugin::portal-features.location';
const UNIT = 'plugin::portal-features.unit';
const MEMBERSHIP = 'plugin::portal-features.membership';
const SUPPLY_ITEM = 'plugin::portal-features.supply-item';
const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const DEPARTMENT = 'plugin::service-requests.department';
const CATEGORY = 'plugin::service-requests.ticket-category';
const ROUTING_RULE = 'plugin::service-requests.routing-rule';
const TICKET = 'plugin::service-requests.ticket';
const TICKET_TYPE = 'plugin::service-requests.ticket-type';
const PRIORITY = 'plugin::service-requests.priority';
const COMMENT = 'plugin::service-requests.ticket-comment';
const VENDOR = 'plugin::service-requests.vendor';
const DISPATCH_RULE = 'plugin::service-requests.dispatch-rule';
const MAINTENANCE_SCHEDULE = 'plugin::service-requests.maintenance-schedule';

async function ensureDemoAdmin(strapi) {
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: DEMO_ADMIN.email } });
  if (existing) return existing;
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  return strapi.service('admin::user').create({
    ...DEMO_ADMIN,
    password: DEMO_PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: superAdmin ? [superAdmin.id] : [],
  });
}

/**
 * Two departments and the rules that route to them: cleaning requests to Cleaning, everything else
 * to Maintenance; the demo admin is in both, so routed tickets reach the demo inbox.
 */
async function seedServiceDesk(strapi, { admin }) {
  const department = (name) => strapi.documents(DEPARTMENT).create({ data: { name, members: [admin.id] } });
  const maintenance = await department('Maintenance');
  const cleaning = await department('Cleaning');
  const cleaningCategory = await strapi.db.query(CATEGORY).findOne({ where: { name: 'Cleaning' } });
  await strapi.documents(ROUTING_RULE).create({ data: { department: maintenance.documentId } });
  if (cleaningCategory) {
    await strapi.documents(ROUTING_RULE).create({ data: { category: cleaningCategory.id, department: cleaning.documentId } });
  }
}

/**
 * A few requests so the service desk and the portal are not empty: one waiting for triage, one being
 * worked on with a message to the residents. Written through the document service, so the ticket
 * rules route them and record their timelines as for any other ticket.
 */
async function seedDemoTickets(strapi, { locations, units }) {
  const user = (email) => strapi.db.query(USER).findOne({ where: { email } });
  const named = (uid, name) => strapi.db.query(uid).findOne({ where: { name } });
  const tenant = await user('tenant@example.com');
  const occupant = await user('occupant@example.com');
  await strapi.documents(TICKET).create({
    data: {
      summary: 'Kitchen tap keeps dripping',
      description: 'The cold tap in the kitchen drips all the time, even when turned off hard.',
      location: locations.harbour.id,
      unit: units['harbour/Flat 1'].id,
      reporter: tenant.id,
      visibility: 'unit',
      source: 'portal',
    },
  });
  const lift = await strapi.documents(TICKET).create({
    data: {
      summary: 'Lift stops between floors',
      description: 'The lift stopped between the first and second floor twice this week.',
      location: locations.harbour.id,
      unit: units['harbour/Flat 2'].id,
      reporter: occupant.id,
      visibility: 'block',
      source: 'portal',
      ticketType: (await named(TICKET_TYPE, 'Repair')).id,
      priority: (await named(PRIORITY, 'High')).id,
      category: (await named(CATEGORY, 'Lifts')).id,
    },
  });
  await strapi.documents(TICKET).update({ documentId: lift.documentId, data: { state: 'in_progress' } });
  await strapi.documents(COMMENT).create({
    data: { ticket: lift.id, body: 'The lift engineer is booked for tomorrow morning. Please use the stairs until then.', authorKind: 'staff', published: true },
  });
}

/**
 * Two plumbers and an electrician, and the dispatch rules that offer them work in turn; the demo
 * vendor account acts for the first plumber. Plumbing is dispatched as soon as it is triaged. A
 * weekly fire alarm test becomes work orders for the electrician.
 */
async function seedVendors(strapi, { locations }) {
  const category = (name) => strapi.db.query(CATEGORY).findOne({ where: { name } });
  const [plumbing, electrical] = [await category('Plumbing'), await category('Electrical')];
  const vendorUser = await strapi.db.query(USER).findOne({ where: { email: 'vendor@example.com' } });
  const vendor = (data) => strapi.documents(VENDOR).create({ data: { active: true, ...data } });
  const ace = await vendor({ name: 'Ace Plumbing', email: 'vendor@example.com', phone: '+447700900123', trades: [plumbing.id], portalUsers: vendorUser ? [vendorUser.id] : [] });
  const brook = await vendor({ name: 'Brook & Sons Plumbing', email: 'brook@example.com', trades: [plumbing.id], locations: [locations.harbour.id] });
  const spark = await vendor({ name: 'Spark Electrical', email: 'spark@example.com', phone: '+12025550143', trades: [electrical.id] });
  await strapi.documents(DISPATCH_RULE).create({
    data: { name: 'Plumbing', category: plumbing.id, vendors: [ace.id, brook.id], acceptWindowHours: 4, autoDispatch: true },
  });
  const electricalRule = await strapi.documents(DISPATCH_RULE).create({
    data: { name: 'Electrical', category: electrical.id, vendors: [spark.id], acceptWindowHours: 8, autoDispatch: false },
  });
  await strapi.documents(MAINTENANCE_SCHEDULE).create({
    data: {
      summary: 'Weekly fire alarm test',
      description: 'Test the fire alarm system and log the result.',
      location: locations.harbour.id,
      category: electrical.id,
      dispatchRule: electricalRule.documentId,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      startsOn: '2026-01-05T10:00',
      durationMinutes: 60,
      tasks: ['Sound every call point', 'Check the panel for faults', 'Log the test'],
      active: true,
    },
  });
}

/**
 * Seeds the demo estate once

/**
 * Seeds the demo estate once, on the first start of an empty database. Never in production:
 * the caller checks NODE_ENV, and this refuses again in case it is ever called elsewhere.
 */
async function seedDemo(strapi) {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo data is never seeded in production');
  const admin = await ensureDemoAdmin(strapi);
  if ((await strapi.db.query(CUSTOMER).count()) > 0) return false;

  const customer = await strapi.documents(CUSTOMER).create({ data: DEMO_CUSTOMER });
  for (const [index, item] of DEMO_SUPPLY_ITEMS.entries()) {
    await strapi.documents(SUPPLY_ITEM).create({ data: { ...item, customer: customer.documentId, sortOrder: index, active: true } });
  }
  const locations = {};
  const units = {};
  for (const spec of DEMO_LOCATIONS) {
    const location = await strapi.documents(LOCATION).create({
      data: {
        name: spec.name,
        address: spec.address,
        timezone: spec.timezone,
        portalEnabled: true,
        customer: customer.documentId,
        propertyManagers: [admin.id],
      },
    });
    locations[spec.key] = location;
    for (const name of spec.units) {
      units[`${spec.key}/${name}`] = await strapi.documents(UNIT).create({ data: { name, location: location.documentId } });
    }
  }

  for (const person of DEMO_PORTAL_USERS) {
    const role = await strapi.db.query(ROLE).findOne({ where: { type: person.role } });
    let user = await strapi.db.query(USER).findOne({ where: { email: person.email } });
    if (!user) {
      user = await strapi.plugin('users-permissions').service('user').add({
        username: person.username,
        email: person.email,
        password: DEMO_PASSWORD,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
      });
    }
    for (const place of person.places) {
      await strapi.documents(MEMBERSHIP).create({
        data: {
          user: user.id,
          location: locations[place.location].documentId,
          unit: place.unit ? units[`${place.location}/${place.unit}`].documentId : null,
          role: place.role,
        },
      });
    }
  }
  await seedServiceDesk(strapi, { admin, locations });
  await seedDemoTickets(strapi, { locations, units });
  await seedVendors(strapi, { locations });
  strapi.log.info('Demo data seeded: Harbour View Court (Europe/London) and Lakeside Plaza (America/New_York)');
  return true;
}

module.exports = { seedDemo };
