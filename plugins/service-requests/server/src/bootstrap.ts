import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';
import { pluginConfig } from './utils/plugin-config';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'jobs').start(pluginConfig(strapi).jobs);
};

export default bootstrap;
