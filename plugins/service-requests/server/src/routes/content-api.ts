/** The portal's routes (content API, under /api/service-requests): each checks the caller itself. */
export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/tickets', handler: 'portal-tickets.create', config: { policies: [] } },
    { method: 'GET', path: '/tickets', handler: 'portal-tickets.find', config: { policies: [] } },
    { method: 'GET', path: '/categories', handler: 'portal-tickets.categories', config: { policies: [] } },
    { method: 'GET', path: '/tickets/:documentId', handler: 'portal-tickets.findOne', config: { policies: [] } },
    { method: 'GET', path: '/tickets/:documentId/events', handler: 'ticket-events.stream', config: { policies: [] } },
    { method: 'POST', path: '/tickets/:documentId/messages', handler: 'portal-tickets.reply', config: { policies: [] } },
    { method: 'POST', path: '/tickets/:documentId/cancel', handler: 'portal-tickets.cancel', config: { policies: [] } },
    { method: 'PUT', path: '/tickets/:documentId/notifications', handler: 'portal-tickets.setNotifications', config: { policies: [] } },
    { method: 'POST', path: '/tickets/:documentId/rating', handler: 'portal-tickets.rate', config: { policies: [] } },
  ],
};
