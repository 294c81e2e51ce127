'use strict';

const { readEnv } = require('@srp/config');

module.exports = () => {
  const env = readEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    url: env.PUBLIC_URL,
    app: { keys: (env.APP_KEYS ?? '').split(',').filter(Boolean) },
    // Proxies in front of Strapi in production terminate TLS.
    proxy: env.NODE_ENV === 'production',
  };
};
