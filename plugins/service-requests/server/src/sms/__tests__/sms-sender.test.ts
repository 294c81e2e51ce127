import { SmsSendError, type SmsProvider, type SmsRequest } from '../provider';
import { parseQuietHours } from '../quiet-hours';
import { createSmsSender } from '../sms-sender';
import { MAX_SMS_LENGTH } from '../templates';
import { isPermanentTwilioStatus } from '../twilio';

const recordingProvider = () => {
  const sent: SmsRequest[] = [];
  const provider: SmsProvider = {
    async send(request) {
      sent.push(request);
      return { providerMessageId: `SM${sent.length}` };
    },
  };
  return { provider, sent };
};

const log = { info: jest.fn(), warn: jest.fn() };
const message = (overrides: Partial<{ recipient: string; payload: Record<string, unknown> }> = {}) => ({
  recipient: '+447700900123',
  template: 'test-message',
  idempotencyKey: 'test:sms:1',
  payload: { recipientName: 'Tara', ticket: { reference: 'SR-10001', locationName: 'Harbour View Court', summary: 'Boiler check' } },
  ...overrides,
});

describe('sending one text', () => {
  it('renders the template and hands it to the provider with the outbox key', async () => {
    // Given a provider and a daytime clock
    const { provider, sent } = recordingProvider();
    const sender = createSmsSender({ provider, quietHours: parseQuietHours('21:00-08:00'), log, now: () => new Date('2025-06-01T10:00:00Z') });
    // When a text is sent
    const outcome = await sender.send(message());
    // Then the provider got the rendered body
    expect(outcome).toEqual({ sent: true, providerMessageId: 'SM1' });
    expect(sent).toEqual([{ to: '+447700900123', idempotencyKey: 'test:sms:1', body: expect.stringContaining('SR-10001 at Harbour View Court: Boiler check') }]);
  });

  it('holds a text in the recipient\'s quiet hours without calling the provider', async () => {
    const { provider, sent } = recordingProvider();
    const sender = createSmsSender({ provider, quietHours: parseQuietHours('21:00-08:00'), log, now: () => new Date('2025-06-01T12:00:00Z') });
    const outcome = await sender.send(message({ payload: { ...message().payload, timezone: 'Asia/Tokyo' } }));
    expect(outcome).toEqual({ sent: false, heldUntil: new Date('2025-06-01T23:00:00Z'), reason: expect.stringContaining('Asia/Tokyo') });
    expect(sent).toHaveLength(0);
  });

  it('sends at night when quiet hours are switched off', async () => {
    const { provider, sent } = recordingProvider();
    const sender = createSmsSender({ provider, quietHours: parseQuietHours(''), log, now: () => new Date('2025-06-01T02:00:00Z') });
    await sender.send(message());
    expect(sent).toHaveLength(1);
  });

  it('refuses, for good, a number that is not E.164 even if it reached the outbox', async () => {
    const { provider, sent } = recordingProvider();
    const sender = createSmsSender({ provider, quietHours: null, log });
    await expect(sender.send(message({ recipient: '07700 900123' }))).rejects.toMatchObject({ name: 'SmsSendError', permanent: true });
    expect(sent).toHaveLength(0);
  });

  it('shortens a text that a long value pushed past two SMS segments', async () => {
    const { provider, sent } = recordingProvider();
    const sender = createSmsSender({ provider, quietHours: null, log });
    await sender.send(message({ payload: { ...message().payload, ticket: { reference: 'SR-1', locationName: 'X', summary: 'long '.repeat(100) } } }));
    expect(Array.from(sent[0].body)).toHaveLength(MAX_SMS_LENGTH);
    expect(sent[0].body.endsWith('...')).toBe(true);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('shortened'));
  });

  it('passes a provider\'s refusal on unchanged', async () => {
    const provider: SmsProvider = { send: async () => Promise.reject(new SmsSendError('Twilio answered 503', { permanent: false })) };
    const sender = createSmsSender({ provider, quietHours: null, log });
    await expect(sender.send(message())).rejects.toMatchObject({ permanent: false });
  });
});

describe('which Twilio answers are worth retrying', () => {
  it.each([400, 404, 422])('gives up on %i: the same request would be refused again', (status) => {
    expect(isPermanentTwilioStatus(status)).toBe(true);
  });

  it.each([401, 403, 408, 429, 500, 502, 503])('retries %i: a rate limit, an outage or credentials staff can fix', (status) => {
    expect(isPermanentTwilioStatus(status)).toBe(false);
  });
});
