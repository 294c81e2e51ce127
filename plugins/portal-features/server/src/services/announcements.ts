import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const ANNOUNCEMENT = 'plugin::portal-features.announcement';
const LOCATION = 'plugin::portal-features.location';
const FEATURE = 'announcements';

/** Announcements: what the people of a location are told, during each announcement's publish window. */
const announcements = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The announcements shown now to the user at a location: the location's, their unit's and the customer's. */
  async current(args: { userId: number; location: string }) {
    const memberships = getService(strapi, 'memberships');
    const place = await memberships.placeWithLiveFeature({ userId: args.userId, location: args.location, feature: FEATURE });
    const places = (await memberships.placesOf(args.userId)).filter((candidate) => candidate.location.id === place.location.id);
    const unitIds = places.map((candidate) => candidate.unit?.id).filter((id): id is number => typeof id === 'number');
    const location = await strapi.db.query(LOCATION).findOne({ where: { id: place.location.id }, populate: { customer: { select: ['id'] } } });
    const now = new Date();
    const rows = await strapi.db.query(ANNOUNCEMENT).findMany({
      where: {
        publishFrom: { $lte: now },
        $and: [
          { $or: [{ publishUntil: { $null: true } }, { publishUntil: { $gt: now } }] },
          {
            $or: [
              { scope: 'location', location: { id: place.location.id } },
              ...(unitIds.length > 0 ? [{ scope: 'unit', unit: { id: { $in: unitIds } } }] : []),
              ...(location?.customer ? [{ scope: 'customer', customer: { id: location.customer.id } }] : []),
            ],
          },
        ],
      },
      orderBy: [{ publishFrom: 'desc' }, { id: 'desc' }],
      limit: 50,
    });
    return rows.map((row: any) => ({ documentId: row.documentId, title: row.title, body: row.body, publishedAt: row.publishFrom, scope: row.scope }));
  },
});

export type AnnouncementsService = ReturnType<typeof announcements>;
export default announcements;
