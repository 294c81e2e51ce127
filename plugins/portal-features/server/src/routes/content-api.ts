export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/me/places',
      handler: 'my-places.find',
      config: { policies: [] },
    },
    { method: 'GET', path: '/supplies/catalogue', handler: 'supplies.catalogue', config: { policies: [] } },
    { method: 'GET', path: '/supplies/requests', handler: 'supplies.find', config: { policies: [] } },
    { method: 'POST', path: '/supplies/requests', handler: 'supplies.create', config: { policies: [] } },
    { method: 'GET', path: '/feedback', handler: 'feedback.find', config: { policies: [] } },
    { method: 'GET', path: '/announcements', handler: 'announcements.find', config: { policies: [] } },
    { method: 'GET', path: '/quality-checks', handler: 'quality-checks.find', config: { policies: [] } },
    { method: 'GET', path: '/whos-working', handler: 'time-clock.onDuty', config: { policies: [] } },
    { method: 'GET', path: '/location-files', handler: 'shared-files.files', config: { policies: [] } },
    { method: 'GET', path: '/documents', handler: 'shared-files.documents', config: { policies: [] } },
    { method: 'POST', path: '/time-clock/in', handler: 'time-clock.clockIn', config: { policies: [] } },
    { method: 'POST', path: '/time-clock/out', handler: 'time-clock.clockOut', config: { policies: [] } },
    { method: 'POST', path: '/feedback', handler: 'feedback.create', config: { policies: [] } },
  ],
};
