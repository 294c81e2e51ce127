import type { Core } from '@strapi/strapi';
import { seedTicketingLists } from './defaults/ticketing-lists';
import { ADMIN_ACTIONS } from './permissions/actions';
import { getService } from './utils/get-service';
import { pluginConfig } from './utils/plugin-config';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  await seedTicketingLists(strapi);
  await getService(strapi, 'jobs').start(pluginConfig(strapi).jobs);
};

export default bootstrap;
