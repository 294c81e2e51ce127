'use strict';

/**
 * Starts Strapi from this folder: the entry `npm start`, the tests and production share.
 * createStrapi() already stops the app on SIGTERM/SIGINT (strapi.destroy(), then exit), which
 * runs the plugins' destroy: the jobs plugin drains and releases its job locks there.
 */
const { createStrapi } = require('@strapi/strapi');

createStrapi({ appDir: __dirname, distDir: __dirname })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
