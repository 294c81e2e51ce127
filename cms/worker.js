'use strict';

/**
 * A jobs-only Strapi: loads the app (so jobs have the document service, email and the outbox)
 * without opening an HTTP port. SIGTERM drains running jobs and releases this worker's locks.
 */
const { createStrapi } = require('@strapi/strapi');

async function main() {
  process.env.JOBS_IN_API = 'true';
  // Seeding belongs to the API process; two processes seeding at once would race.
  process.env.DEMO_SEED = 'false';
  const app = createStrapi({ appDir: __dirname, distDir: __dirname });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received: draining jobs`);
    try {
      await app.destroy();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  await app.load();
  app.log.info('Job worker ready');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
