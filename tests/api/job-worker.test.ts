import request from 'supertest';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { spawnStrapi, startStrapi, type StrapiProcess } from '../support/strapi-process';
import { loginAs, placesOf } from '../support/portal-api';

/**
 * The API only enqueues; a separate `npm run worker` process runs the jobs. The worker polls once
 * a minute here, so an email that arrives within seconds proves the API woke it through Agenda's
 * notification channel rather than the worker finding the job on its next poll.
 */
let smtp: SmtpCapture;
let api: StrapiProcess;
let worker: StrapiProcess;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  api = await startStrapi({ smtpPort: smtp.port, env: { JOBS_IN_API: 'false', JOBS_POLL_INTERVAL_MS: '60000' } });
  worker = await spawnStrapi({
    url: api.url,
    databaseUrl: api.databaseUrl,
    env: { ...api.env, JOBS_IN_API: 'true', JOBS_POLL_INTERVAL_MS: '60000' },
    script: 'worker.js',
  });
});

afterAll(async () => {
  await worker?.stop();
  await api?.stop();
  await smtp?.close();
});

describe('Jobs in a separate worker', () => {
  it('sends the acknowledgement long before the worker would have polled', async () => {
    const jwt = await loginAs(api.url, 'tenant@example.com');
    const [place] = await placesOf(api.url, jwt);
    const reportedAt = Date.now();
    const response = await request(api.url)
      .post('/api/service-requests/tickets')
      .set('authorization', `Bearer ${jwt}`)
      .send({ summary: 'Hallway light out', description: 'Second floor', location: place.location.documentId, visibility: 'block' });
    expect(response.status).toBe(201);

    await smtp.waitFor((mail) => mail.idempotencyKey === `ticket:${response.body.data.documentId}:acknowledgement`, 15_000);
    expect(Date.now() - reportedAt).toBeLessThan(15_000);
  });

  it('stops on SIGTERM without leaving job locks behind', async () => {
    const pid = worker.child.pid;
    worker.child.kill('SIGTERM');
    await worker.exited;
    expect(worker.child.exitCode).toBe(0);
    const { rows } = await api.db.query(`SELECT count(*)::int AS locked FROM agenda_jobs WHERE locked_at IS NOT NULL AND last_modified_by LIKE $1`, [`%:${pid}:%`]);
    expect(rows[0].locked).toBe(0);
  });
});
