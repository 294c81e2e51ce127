import { z } from 'zod';
import { TICKET_EVENTS, TICKET_STATUSES } from '../domain/ticket-lifecycle';

const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const documentId = (name: string) =>
  z.preprocess(blankAsUndefined, z.string({ error: `${name} must be an id from the lists` }).trim().min(1).max(64, `${name} must be an id from the lists`).optional());

export const queueQuerySchema = z.object({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int('page must be a whole number from 1').min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize must be a whole number from 1 to 100' })
    .int('pageSize must be a whole number from 1 to 100')
    .min(1, 'pageSize must be a whole number from 1 to 100')
    .max(100, 'pageSize must be a whole number from 1 to 100')
    .default(20),
  status: z.preprocess(blankAsUndefined, z.enum(TICKET_STATUSES, { error: `status must be one of ${TICKET_STATUSES.join(', ')}` }).optional()),
  priority: documentId('priority'),
  category: documentId('category'),
  location: documentId('location'),
  department: documentId('department'),
  sla: z.preprocess(blankAsUndefined, z.enum(['on_track', 'due_soon', 'breached'], { error: 'sla must be one of on_track, due_soon, breached' }).optional()),
  assignee: z.preprocess(blankAsUndefined, z.enum(['me', 'none'], { error: 'assignee must be me or none' }).optional()),
  q: z
    .string({ error: 'q must be text of at most 200 characters' })
    .trim()
    .max(200, 'q must be text of at most 200 characters')
    .optional()
    .transform((value) => (value ? value : undefined)),
  sort: z.preprocess(
    blankAsUndefined,
    z.enum(['createdAt', '-createdAt', 'priority', '-priority', 'due', '-due'], { error: 'sort must be one of createdAt, priority, due, each optionally with a leading -' }).default('-createdAt'),
  ),
});

const relationInput = (name: string) =>
  z.union([z.string({ error: `Choose a ${name} from the list` }).trim().min(1, `Choose a ${name} from the list`).max(64), z.null()]).optional();

export const triageSchema = z
  .object({
    type: relationInput('type'),
    priority: relationInput('priority'),
    category: relationInput('category'),
    department: relationInput('department'),
    assignee: z.union([z.number({ error: 'Choose a member of staff' }).int().positive(), z.null()]).optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), { message: 'Nothing to change: send a type, priority, category, department or assignee', path: ['type'] });

export const visibilitySchema = z.object({
  visibility: z.enum(['unpublished', 'management', 'unit', 'block'], { error: 'Choose unpublished, management, unit or block' }),
});

export const transitionSchema = z.object({
  event: z.enum(TICKET_EVENTS as [string, ...string[]], { error: `event must be one of ${TICKET_EVENTS.join(', ')}` }),
  note: z
    .string({ error: 'The note must be text' })
    .trim()
    .max(2000, 'Keep the note under 2,000 characters')
    .optional()
    .nullable()
    .transform((value) => (value ? value : null)),
});

export const commentSchema = z.object({
  body: z.string({ error: 'Write the message' }).trim().min(1, 'Write the message').max(5000, 'Keep the message under 5,000 characters'),
  published: z.boolean({ error: 'published must be true or false' }).default(false),
});

export const publishSchema = z.object({
  published: z.literal(true, { error: 'A published message stays published: send { "published": true }' }),
});
