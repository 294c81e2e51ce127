import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const QUALITY_CHECK = 'plugin::portal-features.quality-check';
const FEATURE = 'quality-checks';

/** Quality Checks: the inspections of a location that staff have reviewed and published, newest first. */
const qualityChecks = ({ strapi }: { strapi: Core.Strapi }) => ({
  async published(args: { userId: number; location: string; page: number; pageSize: number }) {
    const place = await getService(strapi, 'memberships').placeWithLiveFeature({ userId: args.userId, location: args.location, feature: FEATURE });
    const where = { location: { id: place.location.id }, reviewed: true, published: true };
    const [rows, total] = await Promise.all([
      strapi.db.query(QUALITY_CHECK).findMany({
        where,
        populate: { images: { select: ['name', 'url', 'mime', 'provider', 'hash', 'ext', 'alternativeText'] } },
        orderBy: [{ inspectedOn: 'desc' }, { id: 'desc' }],
        limit: args.pageSize,
        offset: (args.page - 1) * args.pageSize,
      }),
      strapi.db.query(QUALITY_CHECK).count({ where }),
    ]);
    // Images are private files: each gets a signed, short-lived link.
    const files = strapi.plugin('upload').service('file');
    const results = await Promise.all(
      rows.map(async (row: any) => ({
        documentId: row.documentId,
        inspectedOn: row.inspectedOn,
        inspector: row.inspector,
        overallScore: row.overallScore,
        areas: Array.isArray(row.areas) ? row.areas : [],
        comments: row.comments ?? null,
        images: await Promise.all(
          (row.images ?? []).map(async (image: any) => {
            const signed = await files.signFileUrls(image);
            return { name: image.name, alt: image.alternativeText ?? image.name, url: signed.url };
          }),
        ),
      })),
    );
    return { results, pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) } };
  },
});

export type QualityChecksService = ReturnType<typeof qualityChecks>;
export default qualityChecks;
