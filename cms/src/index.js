'use strict';

const { readEnv } = require('@srp/config');
const { ensurePortalRoles } = require('./portal-roles');
const { registerPrivateFilesRoute } = require('./private-files-route');
const { seedDemo } = require('./seed/seed-demo');

module.exports = {
  register({ strapi }) {
    registerPrivateFilesRoute(strapi);
  },

  async bootstrap({ strapi }) {
    await ensurePortalRoles(strapi);
    const env = readEnv();
    if (env.DEMO_SEED && env.NODE_ENV !== 'production' && (await seedDemo(strapi))) {
      // The hourly job first ran before the demo's maintenance schedule existed: generate now (before
      // the server listens), so the demo's recurring work orders are on the dispatch board from the start.
      await strapi.plugin('service-requests').service('maintenance-schedules').generate();
    }
  },
};
