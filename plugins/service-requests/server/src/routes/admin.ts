import type { Core } from '@strapi/strapi';
import { ACTIONS, requireActions } from '../permissions/actions';

/** Admin panel routes; Strapi serves them under /service-requests. */
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/tickets',
      handler: 'admin-tickets.find',
      config: { policies: requireActions(ACTIONS.readTickets) },
    },
  ],
} satisfies Core.RouterInput;
