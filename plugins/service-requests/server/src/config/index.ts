import { z } from 'zod';
import { parseQuietHours } from '../sms/quiet-hours';

const quietHoursSetting = z.string().superRefine((value, ctx) => {
  try {
    parseQuietHours(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

/** Which SMS provider sends texts, and when texts must wait (quiet hours, in the recipient's local time). */
const smsSchema = z
  .object({
    provider: z.enum(['outbox', 'twilio']),
    quietHours: quietHoursSetting,
    twilio: z.object({
      apiUrl: z.url(),
      accountSid: z.string().optional(),
      authToken: z.string().optional(),
      from: z.string().optional(),
      messagingServiceSid: z.string().optional(),
      timeoutMs: z.number().int().min(1000),
    }),
  })
  .superRefine((sms, ctx) => {
    if (sms.provider !== 'twilio') return;
    const { accountSid, authToken, from, messagingServiceSid } = sms.twilio;
    if (!accountSid) ctx.addIssue({ code: 'custom', path: ['twilio', 'accountSid'], message: 'TWILIO_ACCOUNT_SID is required when SMS_PROVIDER=twilio' });
    if (!authToken) ctx.addIssue({ code: 'custom', path: ['twilio', 'authToken'], message: 'TWILIO_AUTH_TOKEN is required when SMS_PROVIDER=twilio' });
    // Twilio takes either; with both set it would be unclear which one texts go out from.
    if (Boolean(from) === Boolean(messagingServiceSid)) {
      ctx.addIssue({ code: 'custom', path: ['twilio'], message: 'set exactly one of TWILIO_FROM and TWILIO_MESSAGING_SERVICE_SID when SMS_PROVIDER=twilio' });
    }
  });

/** The plugin's settings (from cms/config/plugins.js), checked at start-up. */
export const configSchema = z.object({
  publicUrl: z.url(),
  siteUrl: z.url(),
  uploadMaxBytes: z.number().int().positive(),
  /** How often open tickets are checked against their SLA targets. */
  slaCheckEveryMs: z.number().int().min(1000),
  jobs: z.object({
    role: z.enum(['process', 'enqueue']),
    databaseUrl: z.string().optional(),
    mongoUrl: z.string().optional(),
    pollIntervalMs: z.number().int().min(100),
  }),
  outbox: z.object({
    /** The first retry waits this long; each further one twice as long. */
    retryBaseMs: z.number().int().min(100),
    /** How often stranded messages are looked for, and how old a pending one must be to count. */
    reconcileEveryMs: z.number().int().min(500),
    reconcileGraceMs: z.number().int().min(0),
    /** How long a claimed message may stay "sending" before another worker may take it over (a crashed sender). */
    leaseMs: z.number().int().min(1000),
  }),
  sms: smsSchema,
});

export type PluginConfig = z.infer<typeof configSchema>;

export default {
  default: {
    publicUrl: 'http://localhost:1337',
    siteUrl: 'http://localhost:4321',
    uploadMaxBytes: 10 * 1024 * 1024,
    slaCheckEveryMs: 60_000,
    jobs: { role: 'process', pollIntervalMs: 5000 },
    outbox: { retryBaseMs: 30_000, reconcileEveryMs: 30_000, reconcileGraceMs: 30_000, leaseMs: 120_000 },
    sms: { provider: 'outbox', quietHours: '21:00-08:00', twilio: { apiUrl: 'https://api.twilio.com', timeoutMs: 10_000 } },
  },
  validator(config: unknown) {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) {
      throw new Error(`service-requests config: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
  },
};
