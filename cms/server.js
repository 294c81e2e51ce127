'use strict';

/**
 * Starts Strapi from this folder: the entry `npm start`, the tests and production share.
 * Stops cleanly on SIGTERM/SIGINT so the jobs plugin can drain and release its job locks.
 */
const { createStrapi } = require('@strapi/strapi');

async function main() {
  const app = createStrapi({ appDir: __dirname, distDir: __dirname });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received: stopping`);
    try {
      await app.destroy();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.start();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
