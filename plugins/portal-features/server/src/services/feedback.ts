import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { summarize, type Satisfaction } from '../domain/satisfaction';
import type { FeedbackInput } from '../validation/feedback';
import { getService } from '../utils/get-service';

const FEEDBACK = 'plugin::portal-features.feedback';
const LOCATION = 'plugin::portal-features.location';
const FEATURE = 'feedback';

const toPortalFeedback = (row: any) => ({ documentId: row.documentId, rating: row.rating as Satisfaction, note: row.note ?? null, createdAt: row.createdAt });

/** Feedback: clients rate the service at their location; staff see each location's average and trend. */
const feedback = ({ strapi }: { strapi: Core.Strapi }) => ({
  async give(args: { userId: number; input: FeedbackInput }) {
    const place = await getService(strapi, 'memberships').placeWithLiveFeature({ userId: args.userId, location: args.input.location, feature: FEATURE });
    const created = await strapi.db.query(FEEDBACK).create({
      data: { location: place.location.id, author: args.userId, rating: args.input.rating, note: args.input.note || null },
    });
    return toPortalFeedback(created);
  },

  /** The user's own feedback at a location, newest first. */
  async mine(args: { userId: number; location: string; page: number; pageSize: number }) {
    const place = await getService(strapi, 'memberships').placeWithLiveFeature({ userId: args.userId, location: args.location, feature: FEATURE });
    const where = { author: { id: args.userId }, location: { id: place.location.id } };
    const [rows, total] = await Promise.all([
      strapi.db.query(FEEDBACK).findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: args.pageSize, offset: (args.page - 1) * args.pageSize }),
      strapi.db.query(FEEDBACK).count({ where }),
    ]);
    return { results: rows.map(toPortalFeedback), pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) } };
  },

  /** For staff: a location's feedback (newest first, by page) with its average, trend and monthly means. */
  async forLocation(args: { location: string; page: number; pageSize: number }) {
    const location = await strapi.db.query(LOCATION).findOne({ where: { documentId: args.location }, select: ['id', 'name'] });
    if (!location) throw new errors.NotFoundError('Location not found');
    const where = { location: { id: location.id } };
    const [page, all, total] = await Promise.all([
      strapi.db.query(FEEDBACK).findMany({
        where,
        populate: { author: { select: ['username', 'email'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: args.pageSize,
        offset: (args.page - 1) * args.pageSize,
      }),
      // Only two columns, for the summary; a location's feedback stays in the thousands.
      strapi.db.query(FEEDBACK).findMany({ where, select: ['rating', 'createdAt'] }),
      strapi.db.query(FEEDBACK).count({ where }),
    ]);
    return {
      location: { documentId: args.location, name: location.name },
      summary: summarize(all.map((row: any) => ({ rating: row.rating, at: new Date(row.createdAt) })), new Date()),
      results: page.map((row: any) => ({ ...toPortalFeedback(row), author: row.author?.username ?? row.author?.email ?? 'A former user' })),
      pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) },
    };
  },
});

export type FeedbackService = ReturnType<typeof feedback>;
export default feedback;
