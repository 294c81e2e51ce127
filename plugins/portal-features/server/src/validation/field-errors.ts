import type { z } from 'zod';

/** Zod's issues as Strapi's ValidationError details: one message per field. */
export const fieldErrors = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' }));
