import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'live-updates').stop();
  await getService(strapi, 'jobs').stop();
};

export default destroy;
