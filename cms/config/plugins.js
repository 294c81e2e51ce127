'use strict';

const crypto = require('node:crypto');
const path = require('node:path');
const { readEnv } = require('@srp/config');

/** Where private uploads live, and the key that signs links to them (derived from the app keys unless set). */
const privateFiles = (env) => ({
  directory: path.resolve(env.UPLOAD_DIR ?? path.join(__dirname, '..', '..', '.data', 'uploads')),
  secret: env.FILE_URL_SECRET ?? crypto.createHmac('sha256', env.APP_KEYS ?? '').update('private-files').digest('base64url'),
  ttlSeconds: env.FILE_URL_TTL_SECONDS,
});

module.exports = () => {
  const env = readEnv();
  return {
    'users-permissions': {
      config: { jwtSecret: env.JWT_SECRET, jwt: { expiresIn: '7d' } },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          ignoreTLS: !env.SMTP_SECURE && !env.SMTP_USER,
          auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
          pool: true,
          maxConnections: 5,
        },
        settings: { defaultFrom: env.EMAIL_FROM, defaultReplyTo: env.EMAIL_REPLY_TO },
      },
    },
    upload: {
      config: {
        sizeLimit: env.UPLOAD_MAX_BYTES,
        provider: '@srp/provider-upload-private',
        providerOptions: { ...privateFiles(env), baseUrl: env.PUBLIC_URL },
      },
    },
    // Our plugins are workspace dependencies of this app, so Strapi finds them by package name.
    'portal-features': { enabled: true },
    'service-requests': {
      enabled: true,
      config: {
        publicUrl: env.PUBLIC_URL,
        siteUrl: env.SITE_URL,
        uploadMaxBytes: env.UPLOAD_MAX_BYTES,
        slaCheckEveryMs: env.SLA_CHECK_EVERY_MS,
        jobs: {
          role: env.JOBS_IN_API ? 'process' : 'enqueue',
          databaseUrl: env.DATABASE_URL,
          mongoUrl: env.JOBS_MONGODB_URL,
          pollIntervalMs: env.JOBS_POLL_INTERVAL_MS,
        },
        outbox: {
          retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
          reconcileEveryMs: env.OUTBOX_RECONCILE_EVERY_MS,
          reconcileGraceMs: env.OUTBOX_RECONCILE_GRACE_MS,
          leaseMs: env.OUTBOX_LEASE_MS,
        },
        sms: {
          provider: env.SMS_PROVIDER,
          quietHours: env.SMS_QUIET_HOURS,
          twilio: {
            apiUrl: env.TWILIO_API_URL,
            accountSid: env.TWILIO_ACCOUNT_SID,
            authToken: env.TWILIO_AUTH_TOKEN,
            from: env.TWILIO_FROM,
            messagingServiceSid: env.TWILIO_MESSAGING_SERVICE_SID,
            timeoutMs: env.TWILIO_TIMEOUT_MS,
          },
        },
      },
    },
    // `npm run bench` only: Strapi's generated create route, the baseline for the ticket route.
    'bench-baseline': { enabled: env.BENCH_BASELINE, resolve: '../scripts/bench/baseline-plugin' },
  };
};
