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
    { method: 'GET', path: '/work-orders', handler: 'dispatch-desk.board', config: { policies: requireActions(ACTIONS.readWorkOrders) } },
    {
      method: 'POST',
      path: '/tickets/:documentId/work-orders',
      handler: 'dispatch-desk.createFromTicket',
      config: { policies: requireActions(ACTIONS.readTickets, ACTIONS.dispatchWorkOrders) },
    },
    { method: 'POST', path: '/work-orders/:documentId/cancel', handler: 'dispatch-desk.cancel', config: { policies: requireActions(ACTIONS.dispatchWorkOrders) } },
    { method: 'POST', path: '/work-orders/:documentId/redispatch', handler: 'dispatch-desk.redispatch', config: { policies: requireActions(ACTIONS.dispatchWorkOrders) } },
  ],
} satisfies Core.RouterInput;
