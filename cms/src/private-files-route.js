'use strict';

const { servePrivateFiles } = require('@srp/provider-upload-private/serve');

/**
 * GET /private-files/:name, where the private upload provider's signed links point. Public as a
 * route: the link's signature and expiry are the permission.
 */
function registerPrivateFilesRoute(strapi) {
  const { directory, secret } = strapi.config.get('plugin::upload').providerOptions;
  strapi.server.routes([
    {
      method: 'GET',
      path: '/private-files/:name',
      handler: servePrivateFiles({ directory, secret }),
      config: { auth: false },
    },
  ]);
}

module.exports = { registerPrivateFilesRoute };
