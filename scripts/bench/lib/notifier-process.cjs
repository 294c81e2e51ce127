'use strict';

/**
 * The app loaded once with jobs only enqueued (an API whose jobs run in workers), queueing
 * messages through the real notifier whenever its parent asks, over the IPC channel:
 * { id, batches } → { id, ids } or { id, error }. Each batch is one notifier.queue call, and a
 * message's `availableAt` (an ISO string over IPC) is passed on as the Date the outbox takes.
 * The answer comes once every queued message has its send job stored in Agenda (the notifier
 * enqueues them after its transaction commits), so the parent knows the wake-ups are in place.
 * It exits when the parent disconnects. Argument: the Strapi app's folder.
 */
process.env.JOBS_IN_API = 'false';
process.env.DEMO_SEED = 'false';

const [appDir] = process.argv.slice(2);
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));

const JOB_WAIT_MS = 120_000;

const enqueuedCount = async (app, ids) => {
  const [{ count }] = await app.db
    .connection('agenda_jobs')
    .where('name', 'notifications.send')
    .whereRaw(`(data->>'notificationId')::int = ANY(?)`, [ids])
    .select(app.db.connection.raw(`count(DISTINCT data->>'notificationId')::int AS count`));
  return Number(count);
};

const withDate = (message) => (message.availableAt ? { ...message, availableAt: new Date(message.availableAt) } : message);

(async () => {
  const app = createStrapi({ appDir, distDir: appDir });
  await app.load();
  const notifier = app.plugin('service-requests').service('notifier');

  const queue = async (batches) => {
    const ids = [];
    for (const batch of batches) ids.push(...(await notifier.queue(batch.map(withDate))));
    const deadline = Date.now() + JOB_WAIT_MS;
    while (ids.length > 0 && (await enqueuedCount(app, ids)) < ids.length) {
      if (Date.now() > deadline) throw new Error(`Send jobs for ${ids.length} notifications were not all stored in Agenda within ${JOB_WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return ids;
  };

  process.on('message', ({ id, batches }) => {
    queue(batches).then(
      (ids) => process.send({ id, ids }),
      (error) => process.send({ id, error: error.stack ?? String(error) }),
    );
  });
  process.on('disconnect', () => {
    app.destroy().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.send({ ready: true });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
