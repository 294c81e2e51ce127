export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/tickets', handler: 'portal-tickets.create', config: { policies: [] } },
    { method: 'GET', path: '/tickets', handler: 'portal-tickets.find', config: { policies: [] } },
    { method: 'GET', path: '/tickets/:documentId', handler: 'portal-tickets.findOne', config: { policies: [] } },
    { method: 'POST', path: '/tickets/:documentId/messages', handler: 'portal-tickets.reply', config: { policies: [] } },
  ],
};
