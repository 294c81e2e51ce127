import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { fieldErrors } from '../validation/field-errors';
import { getService } from '../utils/get-service';

const locationQuery = z.object({ location: z.string({ error: 'location is required' }).trim().min(1, 'location is required').max(64) });

/** GET /announcements?location=: what is announced to the signed-in user there now. */
const announcementsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    if (!ctx.state.user) throw new errors.UnauthorizedError('Log in to continue');
    const query = locationQuery.safeParse(ctx.query ?? {});
    if (!query.success) throw new errors.ValidationError('Invalid query parameters', { errors: fieldErrors(query.error) });
    ctx.body = { data: await getService(strapi, 'announcements').current({ userId: ctx.state.user.id, location: query.data.location }) };
  },
});

export default announcementsController;
