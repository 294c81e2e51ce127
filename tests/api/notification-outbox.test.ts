import request from 'supertest';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { loginAs, placesOf, type PlaceView } from '../support/portal-api';
import { enqueueJob } from '../support/agenda-client';
import { waitUntil } from '../support/wait-until';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let jwt: string;
let place: PlaceView;

const reportProblem = async (summary: string) => {
  const response = await request(strapi.url)
    .post('/api/service-requests/tickets')
    .set('authorization', `Bearer ${jwt}`)
    .send({ summary, description: 'Details', location: place.location.documentId, visibility: 'management' });
  expect(response.status).toBe(201);
  return response.body.data as { documentId: string; reference: string };
};

const outboxRow = async (idempotencyKey: string) =>
  (await strapi.db.query(`SELECT id, state, attempts, last_error FROM sr_notifications WHERE idempotency_key = $1`, [idempotencyKey])).rows[0];

const insertOutboxRow = async (idempotencyKey: string, availableAt: Date) => {
  const payload = { recipientName: 'Tara', ticket: { reference: 'SR-99999', summary: `Outbox ${idempotencyKey}`, description: 'd', locationName: 'Harbour View Court', portalUrl: 'http://x' } };
  const { rows } = await strapi.db.query(
    `INSERT INTO sr_notifications (document_id, channel, recipient, template, idempotency_key, payload, state, attempts, available_at, created_at, updated_at)
     VALUES (md5(random()::text), 'email', 'tenant@example.com', 'ticket-acknowledgement', $1, $2, 'pending', 0, $3, now(), now()) RETURNING id`,
    [idempotencyKey, JSON.stringify(payload), availableAt],
  );
  return rows[0].id as number;
};

const mailsWithKey = (key: string) => smtp.messages.filter((mail) => mail.idempotencyKey === key);

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({
    smtpPort: smtp.port,
    env: { OUTBOX_RETRY_BASE_MS: '300', OUTBOX_RECONCILE_EVERY_MS: '1000', OUTBOX_RECONCILE_GRACE_MS: '1500' },
  });
  jwt = await loginAs(strapi.url, 'tenant@example.com');
  [place] = await placesOf(strapi.url, jwt);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Notification outbox', () => {
  it('sends an email once when several jobs for it run at the same time', async () => {
    const key = 'test:concurrent-jobs';
    const id = await insertOutboxRow(key, new Date());
    const jobIds = await enqueueJob(strapi.databaseUrl, 'notifications.send', { notificationId: id }, 3);

    await waitUntil(
      async () => (await strapi.db.query(`SELECT count(*)::int AS finished FROM agenda_jobs WHERE id = ANY($1::uuid[]) AND last_finished_at IS NOT NULL`, [jobIds])).rows[0].finished,
      (finished) => finished === jobIds.length,
    );
    expect(await outboxRow(key)).toMatchObject({ state: 'sent', attempts: 1 });
    expect(mailsWithKey(key)).toHaveLength(1);
  });

  it('does not send again when the job of a sent email runs once more', async () => {
    const ticket = await reportProblem('Window will not close');
    const key = `ticket:${ticket.documentId}:acknowledgement`;
    await smtp.waitFor((mail) => mail.idempotencyKey === key);
    const row = await waitUntil(() => outboxRow(key), (r) => r.state === 'sent');

    const [rerun] = await enqueueJob(strapi.databaseUrl, 'notifications.send', { notificationId: row.id });
    await waitUntil(
      async () => (await strapi.db.query(`SELECT last_finished_at FROM agenda_jobs WHERE id = $1`, [rerun])).rows[0]?.last_finished_at,
      Boolean,
    );
    expect(mailsWithKey(key)).toHaveLength(1);
  });

  it('keeps a message the mail server refused and sends it when the server is back', async () => {
    smtp.state.outage = true;
    const ticket = await reportProblem('Boiler pressure low');
    const key = `ticket:${ticket.documentId}:acknowledgement`;
    const refused = await waitUntil(() => outboxRow(key), (r) => r.attempts >= 1 && r.state === 'pending');
    expect(refused.last_error).toMatch(/unavailable/i);

    smtp.state.outage = false;
    await smtp.waitFor((mail) => mail.idempotencyKey === key);
    const sent = await waitUntil(() => outboxRow(key), (r) => r.state === 'sent');
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(mailsWithKey(key)).toHaveLength(1);
  });

  it('sends a message whose job was never enqueued (the process died after the commit)', async () => {
    const key = 'test:lost-enqueue';
    await insertOutboxRow(key, new Date(Date.now() - 60_000));
    const mail = await smtp.waitFor((m) => m.idempotencyKey === key);
    expect(mail.subject).toContain('Outbox test:lost-enqueue');
    expect(await waitUntil(() => outboxRow(key), (r) => r.state === 'sent')).toMatchObject({ attempts: 1 });
  });
});
