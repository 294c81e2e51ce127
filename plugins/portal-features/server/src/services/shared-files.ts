import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const LOCATION_FILE = 'plugin::portal-features.location-file';
const DOCUMENT = 'plugin::portal-features.document';

/** What the upload provider needs to sign a link, and what the portal shows of a file. */
const FILE_FIELDS = ['name', 'url', 'mime', 'size', 'provider', 'hash', 'ext'];

/** The portal's view of a stored file: a signed, short-lived link, never a lasting one. */
const signedFile = async (strapi: Core.Strapi, file: any) => {
  if (!file) return null;
  const signed = await strapi.plugin('upload').service('file').signFileUrls(file);
  return { name: file.name, mime: file.mime, size: file.size, url: signed.url };
};

/** File Storage and Documents: files staff share with the people of a location. */
const sharedFiles = ({ strapi }: { strapi: Core.Strapi }) => {
  const placeFor = (userId: number, location: string, feature: 'file-storage' | 'documents') =>
    getService(strapi, 'memberships').placeWithLiveFeature({ userId, location, feature });

  return {
    /** File Storage: the location's files, newest first. */
    async files(args: { userId: number; location: string; page: number; pageSize: number }) {
      const place = await placeFor(args.userId, args.location, 'file-storage');
      const where = { location: { id: place.location.id } };
      const [rows, total] = await Promise.all([
        strapi.db.query(LOCATION_FILE).findMany({
          where,
          populate: { file: { select: FILE_FIELDS } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          limit: args.pageSize,
          offset: (args.page - 1) * args.pageSize,
        }),
        strapi.db.query(LOCATION_FILE).count({ where }),
      ]);
      const results = await Promise.all(
        rows.map(async (row: any) => ({ documentId: row.documentId, title: row.title, description: row.description ?? null, addedAt: row.createdAt, file: await signedFile(strapi, row.file) })),
      );
      return { results, pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) } };
    },

    /** Documents: the location's documents, by category then title. */
    async documents(args: { userId: number; location: string; category?: string }) {
      const place = await placeFor(args.userId, args.location, 'documents');
      const rows = await strapi.db.query(DOCUMENT).findMany({
        where: { location: { id: place.location.id }, ...(args.category ? { category: args.category } : {}) },
        populate: { file: { select: FILE_FIELDS } },
        orderBy: [{ category: 'asc' }, { title: 'asc' }],
        limit: 500,
      });
      return Promise.all(
        rows.map(async (row: any) => ({
          documentId: row.documentId,
          title: row.title,
          category: row.category,
          description: row.description ?? null,
          updatedAt: row.updatedAt,
          file: await signedFile(strapi, row.file),
        })),
      );
    },
  };
};

export type SharedFilesService = ReturnType<typeof sharedFiles>;
export default sharedFiles;
