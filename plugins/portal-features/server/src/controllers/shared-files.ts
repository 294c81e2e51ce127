import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import documentSchema from '../content-types/document/schema.json';
import { locationPageQuery, locationQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { getService } from '../utils/get-service';

const CATEGORIES = documentSchema.attributes.category.enum as [string, ...string[]];
const documentsQuery = locationQuery.extend({
  category: z.enum(CATEGORIES, { error: `category must be one of ${CATEGORIES.join(', ')}` }).optional(),
});

/** GET /location-files (File Storage) and GET /documents (Documents), each for one location. */
const sharedFilesController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async files(ctx: any) {
    const user = signedInUser(ctx);
    const query = parseOrRefuse(locationPageQuery, ctx.query, 'Invalid query parameters');
    const { results, pagination } = await getService(strapi, 'shared-files').files({ userId: user.id, ...query });
    ctx.body = { data: results, meta: { pagination } };
  },

  async documents(ctx: any) {
    const user = signedInUser(ctx);
    const query = parseOrRefuse(documentsQuery, ctx.query, 'Invalid query parameters');
    ctx.body = { data: await getService(strapi, 'shared-files').documents({ userId: user.id, ...query }) };
  },
});

export default sharedFilesController;
