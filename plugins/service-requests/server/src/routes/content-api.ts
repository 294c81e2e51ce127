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
    { method: 'GET', path: '/vendor/offers', handler: 'vendor-portal.offers', config: { policies: [] } },
    { method: 'POST', path: '/vendor/offers/:documentId/accept', handler: 'vendor-portal.accept', config: { policies: [] } },
    { method: 'POST', path: '/vendor/offers/:documentId/decline', handler: 'vendor-portal.decline', config: { policies: [] } },
    { method: 'GET', path: '/vendor/work-orders', handler: 'vendor-portal.workOrders', config: { policies: [] } },
    { method: 'GET', path: '/vendor/work-orders/:documentId', handler: 'vendor-portal.workOrder', config: { policies: [] } },
    // Action links in emails: the single-use token is the credential, so these are public.
    { method: 'GET', path: '/actions/:token', handler: 'action-links.show', config: { auth: false, policies: [] } },
    { method: 'POST', path: '/actions/:token', handler: 'action-links.act', config: { auth: false, policies: [] } },
  ],
};
