import { z } from 'zod';

/** The "Report a problem" form, as the portal posts it (multipart or JSON). */
export const reportProblemSchema = z
  .object({
    summary: z
      .string({ error: 'Enter a short summary of the problem' })
      .trim()
      .min(1, 'Enter a short summary of the problem')
      .max(160, 'Keep the summary under 160 characters'),
    description: z
      .string({ error: 'Describe the problem' })
      .trim()
      .min(1, 'Describe the problem')
      .max(5000, 'Keep the description under 5,000 characters'),
    location: z.string({ error: 'Choose the location' }).trim().min(1, 'Choose the location'),
    unit: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
    category: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((value) => (value ? value : undefined)),
    // When someone can be let in: a list of { start, end } (ISO date-times), or that list as JSON
    // text from a multipart form. The times themselves are checked by domain/scheduling/availability.
    availability: z.preprocess(
      (value) => {
        if (value === undefined || value === '') return undefined;
        if (typeof value !== 'string') return value;
        try {
          return JSON.parse(value);
        } catch {
          return value;
        }
      },
      z
        .array(
          z.object({
            start: z.iso.datetime({ error: 'Give each time a start date and time', offset: true }).transform((value) => new Date(value)),
            end: z.iso.datetime({ error: 'Give each time an end date and time', offset: true }).transform((value) => new Date(value)),
          }),
          { error: 'Availability must be a list of times' },
        )
        .optional(),
    ),
    visibility: z.enum(['management', 'unit', 'block'], {
      error: 'Choose who can see this request: management only, your unit, or the whole block',
    }),
  })
  .refine((input) => input.visibility !== 'unit' || input.unit !== undefined, {
    path: ['unit'],
    message: 'Choose your unit to share the request with it',
  });

export type ReportProblemInput = z.infer<typeof reportProblemSchema>;

/** A reply to the management team on one's own request. */
export const replySchema = z.object({
  body: z
    .string({ error: 'Write your message' })
    .trim()
    .min(1, 'Write your message')
    .max(5000, 'Keep the message under 5,000 characters'),
});

/** Zod's issues as Strapi's ValidationError details: one message per field. */
export const fieldErrors = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }));
