import { z } from 'zod';

const optionalText = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .max(max, message)
    .optional()
    .nullable()
    .transform((value) => (value ? value : null));

export const cancelSchema = z.object({ reason: optionalText(500, 'Keep the reason under 500 characters') });

export const notificationsSchema = z.object({
  notifyOnUpdate: z.preprocess(
    (value) => (value === 'true' || value === 'on' ? true : value === 'false' || value === 'off' ? false : value),
    z.boolean({ error: 'notifyOnUpdate must be true or false' }),
  ),
});

export const ratingSchema = z.object({
  rating: z.coerce
    .number({ error: 'Choose how satisfied you are, from 1 (Extremely Dissatisfied) to 5 (Extremely Satisfied)' })
    .int('Choose how satisfied you are, from 1 (Extremely Dissatisfied) to 5 (Extremely Satisfied)')
    .min(1, 'Choose how satisfied you are, from 1 (Extremely Dissatisfied) to 5 (Extremely Satisfied)')
    .max(5, 'Choose how satisfied you are, from 1 (Extremely Dissatisfied) to 5 (Extremely Satisfied)'),
  comment: optionalText(2000, 'Keep the comment under 2,000 characters'),
});
