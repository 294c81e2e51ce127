import type { Core } from '@strapi/strapi';
import { locationQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { getService } from '../utils/get-service';

/** GET /announcements?location=: what is announced to the signed-in user there now. */
const announcementsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const user = signedInUser(ctx);
    const { location } = parseOrRefuse(locationQuery, ctx.query, 'Invalid query parameters');
    ctx.body = { data: await getService(strapi, 'announcements').current({ userId: user.id, location }) };
  },
});

export default announcementsController;
