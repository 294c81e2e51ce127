'use strict';

/**
 * A jobs-only Strapi: loads the app (so jobs have the document service, email and the outbox)
 * without opening an HTTP port. On SIGTERM/SIGINT, createStrapi()'s own handler destroys the
 * app: running jobs drain and this worker's job locks are released before it exits.
 */
process.env.JOBS_IN_API = 'true';
// Seeding belongs to the API process; two processes seeding at once would race.
process.env.DEMO_SEED = 'false';

const { createStrapi } = require('@strapi/strapi');

const app = createStrapi({ appDir: __dirname, distDir: __dirname });
app
  .load()
  .then(() => app.log.info('Job worker ready'))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
