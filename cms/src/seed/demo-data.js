'use strict';

/** The demo estate: one customer, two locations in different time zones, their units and people. */
const DEMO_PASSWORD = 'Portal-demo-2026';

const DEMO_ADMIN = { email: 'admin@example.com', firstname: 'Alex', lastname: 'Admin' };

const DEMO_CUSTOMER = { name: 'Harbour Estates Ltd', portalEnabled: true };

/** The customer's preset list of consumables for Supply Request. */
const DEMO_SUPPLY_ITEMS = [
  { name: 'Toilet rolls', unitLabel: 'pack of 9' },
  { name: 'Paper hand towels', unitLabel: 'case of 15 packs' },
  { name: 'Hand soap refill', unitLabel: '1 litre' },
  { name: 'Bin liners', unitLabel: 'roll of 50' },
  { name: 'Dishwasher tablets', unitLabel: 'box of 100' },
];

const DEMO_LOCATIONS = [
  {
    key: 'harbour',
    name: 'Harbour View Court',
    address: '12 Quay Street, Bristol BS1 4RN, United Kingdom',
    timezone: 'Europe/London',
    units: ['Flat 1', 'Flat 2', 'Flat 3'],
  },
  {
    key: 'lakeside',
    name: 'Lakeside Plaza',
    address: '400 Lake Avenue, Rochester, NY 14608, USA',
    timezone: 'America/New_York',
    units: ['Suite 100', 'Suite 200'],
  },
];

const DEMO_PORTAL_USERS = [
  { email: 'tenant@example.com', username: 'Tara Tenant', role: 'tenant', places: [{ location: 'harbour', unit: 'Flat 1', role: 'tenant' }] },
  { email: 'occupant@example.com', username: 'Omar Occupant', role: 'occupant', places: [{ location: 'harbour', unit: 'Flat 2', role: 'occupant' }] },
  {
    email: 'customer@example.com',
    username: 'Casey Customer',
    role: 'customer',
    places: [
      { location: 'harbour', unit: null, role: 'customer-contact' },
      { location: 'lakeside', unit: null, role: 'customer-contact' },
    ],
  },
  { email: 'vendor@example.com', username: 'Vic Vendor', role: 'vendor', places: [] },
  { email: 'owner@example.com', username: 'Olivia Owner', role: 'owner', places: [{ location: 'harbour', unit: 'Flat 1', role: 'owner' }] },
];

module.exports = { DEMO_PASSWORD, DEMO_ADMIN, DEMO_CUSTOMER, DEMO_LOCATIONS, DEMO_PORTAL_USERS, DEMO_SUPPLY_ITEMS };
