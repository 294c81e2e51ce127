import { z } from 'zod';

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
  }),
});

export type PluginConfig = z.infer<typeof configSchema>;

export default {
  default: {
    publicUrl: 'http://localhost:1337',
    siteUrl: 'http://localhost:4321',
    uploadMaxBytes: 10 * 1024 * 1024,
    slaCheckEveryMs: 60_000,
    jobs: { role: 'process', pollIntervalMs: 5000 },
    outbox: { retryBaseMs: 30_000, reconcileEveryMs: 30_000, reconcileGraceMs: 30_000 },
  },
  validator(config: unknown) {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) {
      throw new Error(`service-requests config: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
  },
};
