'use strict';

/**
 * Loads the Strapi app in this process (no HTTP port; jobs only enqueued, as an API whose jobs run
 * in workers) and queues messages through the notifier, the path app code takes. Each batch is one
 * notifier.queue call. Waits until every queued message has its send job in Agenda, so that
 * exiting cannot lose a wake-up, and prints the outcomes as JSON on the last line of stdout.
 * Arguments: appDir batchesJson.
 */
process.env.JOBS_IN_API = 'false';
process.env.DEMO_SEED = 'false';

const [appDir, batchesJson] = process.argv.slice(2);
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));

const JOB_WAIT_MS = 20_000;

const enqueuedCount = async (app, ids) => {
  const [{ count }] = await app.db
    .connection('agenda_jobs')
    .where('name', 'notifications.send')
    .whereRaw(`(data->>'notificationId')::int = ANY(?)`, [ids])
    .count({ count: '*' });
  return Number(count);
};

(async () => {
  const app = createStrapi({ appDir, distDir: appDir });
  await app.load();
  const notifier = app.plugin('service-requests').service('notifier');
  const outcomes = [];
  for (const batch of JSON.parse(batchesJson)) {
    try {
      outcomes.push({ ok: true, ids: await notifier.queue(batch) });
    } catch (error) {
      outcomes.push({ ok: false, name: error.name, message: error.message });
    }
  }
  const ids = outcomes.flatMap((outcome) => outcome.ids ?? []);
  const deadline = Date.now() + JOB_WAIT_MS;
  while (ids.length > 0 && (await enqueuedCount(app, ids)) < ids.length) {
    if (Date.now() > deadline) throw new Error(`Send jobs for ${ids.join(', ')} were not enqueued within ${JOB_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await app.destroy();
  process.stdout.write(`\n${JSON.stringify(outcomes)}\n`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
