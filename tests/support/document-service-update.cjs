'use strict';

/**
 * Loads the Strapi app in this process (as the job worker does: no HTTP port) and makes one
 * document-service update, as code inside the app or a maintenance script would. Prints the
 * outcome as JSON on the last line of stdout. Arguments: appDir uid documentId dataJson.
 */
process.env.JOBS_IN_API = 'false';
process.env.DEMO_SEED = 'false';

const [appDir, uid, documentId, dataJson] = process.argv.slice(2);
const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));

(async () => {
  const app = createStrapi({ appDir, distDir: appDir });
  await app.load();
  let outcome;
  try {
    await app.documents(uid).update({ documentId, data: JSON.parse(dataJson) });
    outcome = { ok: true };
  } catch (error) {
    outcome = { ok: false, name: error.name, message: error.message };
  }
  await app.destroy();
  process.stdout.write(`\n${JSON.stringify(outcome)}\n`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
