import type { Core } from '@strapi/strapi';
import { ACTIONS, requireActions } from '../permissions/actions';

/** Admin panel routes; Strapi serves them under /portal-features. */
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/locations',
      handler: 'admin-locations.find',
      config: { policies: requireActions(ACTIONS.readLocations) },
    },
  ],
} satisfies Core.RouterInput;
