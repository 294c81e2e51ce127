'use strict';

/**
 * The one description of the environment every process reads. Each variable has its
 * default here, so the README, the launcher and the apps cannot drift apart.
 * Secrets have no default in production: a missing one stops start-up with its name.
 */
const { z } = require('zod');

const flag = (fallback) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

const port = (fallback) => z.coerce.number().int().min(1).max(65535).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),

  // Strapi (cms)
  HOST: z.string().default('0.0.0.0'),
  PORT: port(1337),
  PUBLIC_URL: z.url().default('http://localhost:1337'),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATABASE_SSL: flag(false),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).default(10),
  APP_KEYS: z.string().optional(),
  API_TOKEN_SALT: z.string().optional(),
  ADMIN_JWT_SECRET: z.string().optional(),
  TRANSFER_TOKEN_SALT: z.string().optional(),
  JWT_SECRET: z.string().optional(),
  ENCRYPTION_KEY: z.string().optional(),
  SERVE_ADMIN: flag(true),

  // Portal (site)
  SITE_URL: z.url().default('http://localhost:4321'),
  SITE_PORT: port(4321),
  STRAPI_URL: z.url().default('http://localhost:1337'),

  // Email over SMTP
  SMTP_HOST: z.string().default('localhost'),
  SMTP_PORT: port(1025),
  SMTP_SECURE: flag(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  EMAIL_FROM: z.string().default('Service Desk <no-reply@example.com>'),
  EMAIL_REPLY_TO: z.string().default('service-desk@example.com'),

  // SMS: `outbox` records texts without sending them (development); `twilio` sends through Twilio's Messages API
  SMS_PROVIDER: z.enum(['outbox', 'twilio']).default('outbox'),
  /** Local hours (in the recipient's time zone) when texts wait; empty switches this off. */
  SMS_QUIET_HOURS: z.string().regex(/^$|^\d{2}:\d{2}-\d{2}:\d{2}$/, 'expected HH:MM-HH:MM, e.g. 21:00-08:00, or empty').default('21:00-08:00'),
  TWILIO_API_URL: z.url().default('https://api.twilio.com'),
  TWILIO_ACCOUNT_SID: z.string().optional(),
  TWILIO_AUTH_TOKEN: z.string().optional(),
  TWILIO_FROM: z.string().optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().optional(),
  TWILIO_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10000),

  // Jobs
  JOBS_IN_API: flag(true),
  JOBS_MONGODB_URL: z.string().startsWith('mongodb').optional(),
  JOBS_POLL_INTERVAL_MS: z.coerce.number().int().min(100).default(5000),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30000),
  OUTBOX_RECONCILE_EVERY_MS: z.coerce.number().int().min(500).default(30000),
  OUTBOX_RECONCILE_GRACE_MS: z.coerce.number().int().min(0).default(30000),
  /** How long a message being sent is reserved for its worker: after a crash, another takes it over then. */
  OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).default(120000),
  /** How often open tickets are checked against their SLA targets (a breach alerts the managers once). */
  SLA_CHECK_EVERY_MS: z.coerce.number().int().min(1000).default(60000),

  // Uploads: kept out of the public folder, served only through signed, short-lived links
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  UPLOAD_DIR: z.string().optional(),
  FILE_URL_SECRET: z.string().min(16).optional(),
  FILE_URL_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),

  // Demo data: seeded on the first start, never in production
  DEMO_SEED: flag(true),

  // `npm run bench` only: loads the baseline plugin (scripts/bench/baseline-plugin)
  BENCH_BASELINE: flag(false),
});

const requiredInProduction = [
  'DATABASE_URL',
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
];

function readEnv(source = process.env) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production') {
    const missing = requiredInProduction.filter((name) => !env[name]);
    if (missing.length > 0) throw new Error(`Missing in production: ${missing.join(', ')}`);
  }
  return env;
}

module.exports = { readEnv, schema };
