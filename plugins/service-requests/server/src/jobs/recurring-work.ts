import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** Hourly: maintenance schedules' coming occurrences become work orders (each once). */
export const generateMaintenance = (strapi: Core.Strapi) => async () => {
  const created = await getService(strapi, 'maintenance-schedules').generate();
  if (created > 0) strapi.log.info(`Maintenance schedules: ${created} work order(s) created`);
};

/** Hourly: vendors who finished a job and have not sent the invoice are asked for it. */
export const chaseInvoices = (strapi: Core.Strapi) => async () => {
  const queued = await getService(strapi, 'invoice-chase').run();
  if (queued > 0) strapi.log.info(`Invoice follow-up: ${queued} email(s) queued`);
};
