import type { Core } from '@strapi/strapi';
import { ACTIONS, requireActions } from '../permissions/actions';

/** Admin panel routes; Strapi serves them under /service-requests. Each needs its own action. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/tickets', handler: 'service-desk.queue', config: { policies: requireActions(ACTIONS.readTickets) } },
    { method: 'GET', path: '/options', handler: 'service-desk.options', config: { policies: requireActions(ACTIONS.readTickets) } },
    { method: 'GET', path: '/tickets/:documentId', handler: 'service-desk.findOne', config: { policies: requireActions(ACTIONS.readTickets) } },
    { method: 'PUT', path: '/tickets/:documentId/triage', handler: 'service-desk.triage', config: { policies: requireActions(ACTIONS.readTickets, ACTIONS.triageTickets) } },
    {
      method: 'PUT',
      path: '/tickets/:documentId/visibility',
      handler: 'service-desk.setVisibility',
      config: { policies: requireActions(ACTIONS.readTickets, ACTIONS.publishTickets) },
    },
    {
      method: 'POST',
      path: '/tickets/:documentId/transitions',
      handler: 'service-desk.changeStatus',
      config: { policies: requireActions(ACTIONS.readTickets, ACTIONS.changeTicketStatus) },
    },
    {
      method: 'POST',
      path: '/tickets/:documentId/comments',
      handler: 'service-desk.addComment',
      config: { policies: requireActions(ACTIONS.readTickets, ACTIONS.commentOnTickets) },
    },
    {
      method: 'PUT',
      path: '/comments/:documentId/published',
      handler: 'service-desk.publishComment',
      config: { policies: requireActions(ACTIONS.readTickets, ACTIONS.publishTickets) },
    },
  ],
} satisfies Core.RouterInput;
