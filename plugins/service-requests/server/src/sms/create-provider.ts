import type { PluginConfig } from '../config';
import { createOutboxProvider } from './outbox-provider';
import type { SmsProvider } from './provider';
import { createTwilioProvider } from './twilio';

/** The provider SMS_PROVIDER names; the config schema has already checked its settings. */
export const createSmsProvider = (config: PluginConfig['sms'], log: { info(message: string): void }): SmsProvider => {
  switch (config.provider) {
    case 'twilio':
      return createTwilioProvider({
        apiUrl: config.twilio.apiUrl,
        accountSid: config.twilio.accountSid ?? '',
        authToken: config.twilio.authToken ?? '',
        from: config.twilio.from || undefined,
        messagingServiceSid: config.twilio.messagingServiceSid || undefined,
        timeoutMs: config.twilio.timeoutMs,
      });
    case 'outbox':
      return createOutboxProvider(log);
  }
};
