import { errors } from '@strapi/utils';
import { z } from 'zod';
import { fieldErrors } from './field-errors';

/** Parses a body or query with zod; bad input is a 400 with one message per field. */
export const parseOrRefuse = <T>(schema: z.ZodType<T>, value: unknown, message = 'Some fields need attention'): T => {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new errors.ValidationError(message, { errors: fieldErrors(parsed.error) });
  return parsed.data;
};

/** The portal user making the request; routes need one even where Strapi's permissions let a role in. */
export const signedInUser = (ctx: { state: { user?: unknown } }) => {
  if (!ctx.state.user) throw new errors.UnauthorizedError('Log in to continue');
  return ctx.state.user as { id: number; email: string; username?: string };
};

/** `?location=` on the portal's per-location routes. */
export const locationQuery = z.object({ location: z.string({ error: 'location is required' }).trim().min(1, 'location is required').max(64) });

/** `?location=&page=&pageSize=` on the portal's per-location lists. */
export const locationPageQuery = locationQuery.extend({
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1, 'page must be a whole number from 1').default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100, 'pageSize must be a whole number from 1 to 100').default(20),
});
