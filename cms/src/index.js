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
    if (env.DEMO_SEED && env.NODE_ENV !== 'production') await seedDemo(strapi);
  },
};
