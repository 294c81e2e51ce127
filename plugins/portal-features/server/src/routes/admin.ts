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
      config: { policies: requireActions(ACTIONS.readFeatures) },
    },
    { method: 'GET', path: '/customers', handler: 'admin-switches.customers', config: { policies: requireActions(ACTIONS.readFeatures) } },
    { method: 'GET', path: '/history', handler: 'admin-switches.history', config: { policies: requireActions(ACTIONS.readFeatures) } },
    { method: 'GET', path: '/feedback', handler: 'feedback.forLocation', config: { policies: requireActions(ACTIONS.readFeedback) } },
    { method: 'GET', path: '/surveys/:documentId/results', handler: 'surveys.results', config: { policies: requireActions(ACTIONS.readSurveyResults) } },
    {
      method: 'PUT',
      path: '/locations/:documentId/features/:feature',
      handler: 'admin-switches.setLocationFeature',
      config: { policies: requireActions(ACTIONS.updateFeatures) },
    },
    {
      method: 'PUT',
      path: '/customers/:documentId/features/:feature',
      handler: 'admin-switches.setCustomerFeature',
      config: { policies: requireActions(ACTIONS.updateFeatures) },
    },
    { method: 'PUT', path: '/locations/:documentId/portal', handler: 'admin-switches.setLocationPortal', config: { policies: requireActions(ACTIONS.updateFeatures) } },
    { method: 'PUT', path: '/customers/:documentId/portal', handler: 'admin-switches.setCustomerPortal', config: { policies: requireActions(ACTIONS.updateFeatures) } },
  ],
} satisfies Core.RouterInput;
