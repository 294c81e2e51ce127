import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { enqueueJob } from '../support/agenda-client';
import { startSmsProviderStandIn, type SmsProviderStandIn } from '../support/sms-provider-stand-in';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { ROOT, startStrapi, type StrapiProcess } from '../support/strapi-process';
import { waitUntil } from '../support/wait-until';

/**
 * Texts go from the outbox to Twilio's Messages API, here a loopback stand-in that checks the
 * request as Twilio does. Messages are queued through the notifier in a second process on the same
 * database (the path app code takes); the API's job runner sends them.
 */
const run = promisify(execFile);

const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const AUTH_TOKEN = 'stand-in-auth-token';
const FROM = '+15005550006';

const NUMBER = {
  sent: '+447700900101',
  flaky: '+447700900102',
  // Twilio's test number for "not a valid phone number" (error 21211).
  invalid: '+15005550001',
  night: '+447700900104',
  batchPartner: '+447700900105',
};
const NOT_E164 = '07700 900106';

// Quiet hours around the present moment in Tokyo: a text for Tokyo is held, while the others
// (no time zone: UTC, nine hours behind) are outside the window and go at once.
const QUIET_ZONE = 'Asia/Tokyo';
const tokyoNow = DateTime.now().setZone(QUIET_ZONE);
const quietEnd = tokyoNow.plus({ hours: 2 }).startOf('minute');
const QUIET_HOURS = `${tokyoNow.minus({ hours: 1 }).toFormat('HH:mm')}-${quietEnd.toFormat('HH:mm')}`;

const sms = (key: string, recipient: string, extra: Record<string, unknown> = {}) => ({
  channel: 'sms' as const,
  recipient,
  template: 'test-message',
  idempotencyKey: `test:sms:${key}`,
  payload: { recipientName: 'Sam', ticket: { reference: 'SR-20001', locationName: 'Harbour View Court', summary: `Boiler service (${key})` }, ...extra },
});

type QueueOutcome = { ok: true; ids: number[] } | { ok: false; name: string; message: string };

/** Each batch is one notifier.queue call, made by the app loaded in another process. */
const queueThroughNotifier = async (batches: object[][]): Promise<QueueOutcome[]> => {
  const { stdout } = await run(
    process.execPath,
    [path.join(__dirname, '..', 'support', 'queue-notifications.cjs'), path.join(ROOT, 'cms'), JSON.stringify(batches)],
    { env: strapi.env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
};

const outboxRow = async (idempotencyKey: string) =>
  (await strapi.db.query(`SELECT id, state, attempts, available_at, last_error FROM sr_notifications WHERE idempotency_key = $1`, [idempotencyKey])).rows[0];

/** Send jobs for a notification that are still to run. */
const pendingJobs = async (notificationId: number) =>
  (
    await strapi.db.query(
      `SELECT next_run_at FROM agenda_jobs WHERE name = 'notifications.send' AND data->>'notificationId' = $1 AND next_run_at IS NOT NULL AND (last_finished_at IS NULL OR last_finished_at < next_run_at)`,
      [String(notificationId)],
    )
  ).rows as Array<{ next_run_at: Date }>;

let smtp: SmtpCapture;
let provider: SmsProviderStandIn;
let strapi: StrapiProcess;
let refusedBatch: QueueOutcome;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  provider = await startSmsProviderStandIn({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  provider.failNext(NUMBER.flaky, { status: 503, code: 20503, message: 'Service Unavailable' });
  provider.failNext(NUMBER.invalid, { status: 400, code: 21211, message: `The 'To' number ${NUMBER.invalid} is not a valid phone number.` });
  strapi = await startStrapi({
    smtpPort: smtp.port,
    env: {
      SMS_PROVIDER: 'twilio',
      TWILIO_API_URL: provider.url,
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM: FROM,
      SMS_QUIET_HOURS: QUIET_HOURS,
      OUTBOX_RETRY_BASE_MS: '300',
      OUTBOX_RECONCILE_EVERY_MS: '1000',
      OUTBOX_RECONCILE_GRACE_MS: '1500',
    },
  });
  // One app load for every case: booting Strapi takes seconds.
  const outcomes = await queueThroughNotifier([
    [sms('sent', NUMBER.sent)],
    [sms('flaky', NUMBER.flaky)],
    [sms('invalid', NUMBER.invalid)],
    [sms('night', NUMBER.night, { timezone: QUIET_ZONE })],
    [sms('batch-partner', NUMBER.batchPartner), sms('not-e164', NOT_E164)],
  ]);
  expect(outcomes.slice(0, 4)).toEqual(Array(4).fill({ ok: true, ids: [expect.any(Number)] }));
  refusedBatch = outcomes[4];
});

afterAll(async () => {
  await strapi?.stop();
  await provider?.close();
  await smtp?.close();
});

describe('SMS through Twilio', () => {
  it('texts the recipient once, from the configured number, with the rendered template', async () => {
    const request = await provider.waitFor((r) => r.form.To === NUMBER.sent);
    expect(request).toMatchObject({ method: 'POST', path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`, authorized: true, status: 201 });
    expect(request.form).toEqual({
      To: NUMBER.sent,
      From: FROM,
      Body: 'Hi Sam, SR-20001 at Harbour View Court: Boiler service (sent). Reply to the service desk if this time does not suit you.',
    });
    expect(await waitUntil(() => outboxRow('test:sms:sent'), (row) => row.state === 'sent')).toMatchObject({ attempts: 1, last_error: null });
  });

  it('does not text again when the send job runs twice more', async () => {
    const row = await waitUntil(() => outboxRow('test:sms:sent'), (r) => r.state === 'sent');
    const jobIds = await enqueueJob(strapi.databaseUrl, 'notifications.send', { notificationId: row.id }, 2);
    await waitUntil(
      async () => (await strapi.db.query(`SELECT count(*)::int AS finished FROM agenda_jobs WHERE id = ANY($1::uuid[]) AND last_finished_at IS NOT NULL`, [jobIds])).rows[0].finished,
      (finished) => finished === jobIds.length,
    );
    expect(provider.to(NUMBER.sent)).toHaveLength(1);
    expect(await outboxRow('test:sms:sent')).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('tries again after Twilio answers 503 and texts once', async () => {
    const sent = await waitUntil(() => outboxRow('test:sms:flaky'), (row) => row.state === 'sent');
    expect(sent.attempts).toBe(2);
    expect(provider.to(NUMBER.flaky).map((r) => r.status)).toEqual([503, 201]);
    expect(provider.created(NUMBER.flaky)).toHaveLength(1);
  });

  it('gives up at once on a number Twilio says is not valid (error 21211)', async () => {
    const failed = await waitUntil(() => outboxRow('test:sms:invalid'), (row) => row.state === 'failed');
    expect(failed.attempts).toBe(1);
    expect(failed.last_error).toMatch(/Twilio answered 400 \(error 21211\).*not a valid phone number/);
    expect(provider.to(NUMBER.invalid)).toHaveLength(1);
    // No retry is scheduled, and a failed message is never claimed again.
    expect(await pendingJobs(failed.id)).toEqual([]);
  });

  it('refuses to queue a number that is not E.164, and writes nothing of that change', async () => {
    expect(refusedBatch).toMatchObject({ ok: false, name: 'ValidationError' });
    expect((refusedBatch as { message: string }).message).toContain(`"${NOT_E164}"`);
    const { rows } = await strapi.db.query(`SELECT count(*)::int AS written FROM sr_notifications WHERE idempotency_key IN ('test:sms:not-e164', 'test:sms:batch-partner')`);
    expect(rows[0].written).toBe(0);
    expect(provider.requests.filter((r) => r.form.To === NOT_E164 || r.form.To === NUMBER.batchPartner)).toEqual([]);
  });

  it('holds a text due in the recipient\'s quiet hours until they end, without counting an attempt', async () => {
    const held = await waitUntil(() => outboxRow('test:sms:night'), (row) => row.last_error !== null);
    expect(held).toMatchObject({ state: 'pending', attempts: 0 });
    expect(held.last_error).toMatch(/quiet hours in Asia\/Tokyo/);
    expect(new Date(held.available_at).toISOString()).toBe(quietEnd.toUTC().toISO());
    // The send job is scheduled for the end of the quiet hours, and Twilio has heard nothing.
    const scheduled = await waitUntil(() => pendingJobs(held.id), (jobs) => jobs.length > 0);
    expect(scheduled.map((job) => new Date(job.next_run_at).toISOString())).toEqual([quietEnd.toUTC().toISO()]);
    expect(provider.to(NUMBER.night)).toEqual([]);
  });
});
