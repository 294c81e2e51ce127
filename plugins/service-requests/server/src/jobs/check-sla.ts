import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** Every minute (SLA_CHECK_EVERY_MS): tickets past an SLA target are flagged and their managers emailed once. */
export const checkSla = (strapi: Core.Strapi) => async () => {
  const alerted = await getService(strapi, 'sla-alerts').alertBreaches();
  if (alerted > 0) strapi.log.info(`SLA check: ${alerted} target(s) newly breached; managers emailed`);
};
