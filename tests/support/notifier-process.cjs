'use strict';

/**
 * A long-lived process that loads the Strapi app once (no HTTP port; jobs only enqueued, as an API
 * whose jobs run in workers) and queues messages through the notifier whenever its parent asks,
 * over the IPC channel: { id, batches } → { id, outcomes }. Each batch is one notifier.queue call.
 * A message's `availableAt` comes as an ISO string and is passed on as the Date the outbox takes.
 * A reply is sent only once every queued message has its send job in Agenda, so the parent knows
 * the wake-ups are stored. Argument: appDir.
 */
process.env.JOBS_IN_API = 'false';
process.env.DEMO_SEED = 'false';

const [appDir] = process.argv.slice(2);
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));

const JOB_WAIT_MS = 30_000;

const enqueuedCount = async (app, ids) => {
  const [{ count }] = await app.db
    .connection('agenda_jobs')
    .where('name', 'notifications.send')
    .whereRaw(`(data->>'notificationId')::int = ANY(?)`, [ids])
    .select(app.db.connection.raw(`count(DISTINCT data->>'notificationId')::int AS count`));
  return Number(count);
};

const withDates = (message) => (message.availableAt ? { ...message, availableAt: new Date(message.availableAt) } : message);

(async () => {
  const app = createStrapi({ appDir, distDir: appDir });
  await app.load();
  const notifier = app.plugin('service-requests').service('notifier');

  const queue = async (batches) => {
    const outcomes = [];
    for (const batch of batches) {
      try {
        outcomes.push({ ok: true, ids: await notifier.queue(batch.map(withDates)) });
      } catch (error) {
        outcomes.push({ ok: false, name: error.name, message: error.message });
      }
    }
    const ids = outcomes.flatMap((outcome) => outcome.ids ?? []);
    const deadline = Date.now() + JOB_WAIT_MS;
    while (ids.length > 0 && (await enqueuedCount(app, ids)) < ids.length) {
      if (Date.now() > deadline) throw new Error(`Send jobs for ${ids.length} notification(s) were not all enqueued within ${JOB_WAIT_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return outcomes;
  };

  process.on('message', ({ id, batches }) => {
    queue(batches).then(
      (outcomes) => process.send({ id, outcomes }),
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
