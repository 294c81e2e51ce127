import { z } from 'zod';
import { SATISFACTION_VALUES } from '../domain/satisfaction';

export const feedbackSchema = z.object({
  location: z.string({ error: 'Choose the location' }).trim().min(1, 'Choose the location'),
  rating: z.enum(SATISFACTION_VALUES, { error: 'Choose how satisfied you are' }),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters').optional(),
});

export type FeedbackInput = z.infer<typeof feedbackSchema>;
