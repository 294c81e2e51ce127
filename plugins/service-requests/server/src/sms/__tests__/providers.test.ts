import config from '../../config';
import { createSmsProvider } from '../create-provider';
import { createOutboxProvider } from '../outbox-provider';

const defaults = config.default.sms;

describe('the development provider (SMS_PROVIDER=outbox)', () => {
  it('records a text without sending it, under an id that is the same for the same message', async () => {
    // Given the outbox provider
    const log = { info: jest.fn() };
    const provider = createOutboxProvider(log);
    // When the same message is handed over twice
    const first = await provider.send({ to: '+447700900123', body: 'Hello', idempotencyKey: 'test:1' });
    const again = await provider.send({ to: '+447700900123', body: 'Hello', idempotencyKey: 'test:1' });
    // Then it gets one id, and the text is in the log
    expect(first.providerMessageId).toMatch(/^outbox-[0-9a-f]{24}$/);
    expect(again).toEqual(first);
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('to +447700900123: Hello'));
  });

  it('is the default', () => {
    expect(defaults.provider).toBe('outbox');
    expect(createSmsProvider(defaults as never, { info: jest.fn() })).toBeDefined();
  });
});

describe('checking the SMS settings at start-up', () => {
  const withSms = (sms: object) => ({ ...config.default, sms: { ...defaults, ...sms } });

  it('accepts the defaults', () => {
    expect(() => config.validator(config.default)).not.toThrow();
  });

  it('names the Twilio settings that are missing', () => {
    expect(() => config.validator(withSms({ provider: 'twilio' }))).toThrow(/TWILIO_ACCOUNT_SID is required.*TWILIO_AUTH_TOKEN is required.*exactly one of TWILIO_FROM and TWILIO_MESSAGING_SERVICE_SID/);
  });

  it('accepts Twilio with credentials and one sender', () => {
    const twilio = { ...defaults.twilio, accountSid: 'AC1', authToken: 'secret', messagingServiceSid: 'MG1' };
    expect(() => config.validator(withSms({ provider: 'twilio', twilio }))).not.toThrow();
  });

  it('refuses quiet hours it cannot read', () => {
    expect(() => config.validator(withSms({ quietHours: '21:00-21:00' }))).toThrow(/sms.quietHours: Quiet hours "21:00-21:00" start and end at the same time/);
  });
});
