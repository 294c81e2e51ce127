import { z } from 'zod';

/** What a time-clock device sends. `staffId` is the badge or staff number the device reads. */
const who = {
  location: z.string({ error: 'location is required' }).trim().min(1, 'location is required').max(64),
  staffId: z.string({ error: 'staffId is required' }).trim().min(1, 'staffId is required').max(80),
  at: z.iso.datetime({ error: 'at must be an ISO 8601 date-time, e.g. 2026-11-22T08:00:00Z' }).optional(),
};

export const clockInSchema = z.object({
  ...who,
  displayName: z.string({ error: 'displayName is required' }).trim().min(1, 'displayName is required').max(80),
  role: z.string({ error: 'role is required' }).trim().min(1, 'role is required').max(80),
});

export const clockOutSchema = z.object(who);
