import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SupplyRequestInput } from '../validation/supply-request';
import { getService } from '../utils/get-service';
import type { Place } from './memberships';

const SUPPLY_ITEM = 'plugin::portal-features.supply-item';
const SUPPLY_REQUEST = 'plugin::portal-features.supply-request';
const FEATURE = 'supply-request';

export interface CatalogueItem {
  documentId: string;
  name: string;
  unitLabel: string;
}

export interface SupplyLine {
  item: string;
  name: string;
  unitLabel: string;
  quantity: number;
}

/** A supply request's human reference: SUP-00042. */
export const supplyReference = (id: number) => `SUP-${String(id).padStart(5, '0')}`;

const toPortalRequest = (row: any) => ({
  documentId: row.documentId,
  reference: supplyReference(row.id),
  location: row.location ? { documentId: row.location.documentId, name: row.location.name } : null,
  lines: (row.lines ?? []) as SupplyLine[],
  note: row.note ?? null,
  state: row.state,
  staffNote: row.state === 'requested' ? null : (row.staffNote ?? null),
  createdAt: row.createdAt,
  decidedAt: row.decidedAt ?? null,
});

/** Supply Request: the consumables list of a location, and the orders portal users place from it. */
const supplies = ({ strapi }: { strapi: Core.Strapi }) => {
  const placeFor = (userId: number, location: string): Promise<Place> =>
    getService(strapi, 'memberships').placeWithLiveFeature({ userId, location, feature: FEATURE });

  /** The location's own list when it has one, otherwise its customer's preset list. */
  const catalogueAt = async (locationId: number): Promise<CatalogueItem[]> => {
    const query = (where: object) =>
      strapi.db.query(SUPPLY_ITEM).findMany({ where: { ...where, active: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
    let items = await query({ location: { id: locationId } });
    if (items.length === 0) {
      const location = await strapi.db.query('plugin::portal-features.location').findOne({ where: { id: locationId }, populate: { customer: { select: ['id'] } } });
      if (location?.customer) items = await query({ customer: { id: location.customer.id }, location: { id: { $null: true } } });
    }
    return items.map((item: any) => ({ documentId: item.documentId, name: item.name, unitLabel: item.unitLabel ?? 'each' }));
  };

  return {
    async catalogue(args: { userId: number; location: string }) {
      const place = await placeFor(args.userId, args.location);
      return catalogueAt(place.location.id);
    },

    /** Places an order; the location's managers are emailed in the same transaction (outbox). */
    async request(args: { user: { id: number; email: string; username?: string }; input: SupplyRequestInput }) {
      const place = await placeFor(args.user.id, args.input.location);
      const catalogue = new Map((await catalogueAt(place.location.id)).map((item) => [item.documentId, item]));
      const unknown = args.input.lines.filter((line) => !catalogue.has(line.item));
      if (unknown.length > 0) {
        throw new errors.ValidationError('Some items are not on this location\'s list', {
          errors: [{ path: ['lines'], message: 'Choose items from this location\'s list', name: 'ValidationError' }],
        });
      }
      const lines: SupplyLine[] = args.input.lines.map((line) => {
        const item = catalogue.get(line.item)!;
        return { item: item.documentId, name: item.name, unitLabel: item.unitLabel, quantity: line.quantity };
      });
      const managers = await getService(strapi, 'location-people').managersOf(place.location.id);
      const publicUrl = strapi.config.get('server.url') as string;

      return strapi.db.transaction(async () => {
        const created = await strapi.db.query(SUPPLY_REQUEST).create({
          data: { location: place.location.id, requester: args.user.id, lines, note: args.input.note ?? null, state: 'requested' },
          populate: { location: true },
        });
        const reference = supplyReference(created.id);
        await strapi.plugin('service-requests').service('notifier').queue(
          managers.map((manager) => ({
            channel: 'email',
            recipient: manager.email,
            template: 'supply-requested',
            idempotencyKey: `supply-request:${created.documentId}:requested:${manager.email.toLowerCase()}`,
            payload: {
              recipientName: manager.name,
              request: {
                reference,
                locationName: place.location.name,
                unitName: place.unit?.name ?? null,
                requesterName: args.user.username || args.user.email,
                lines,
                note: args.input.note ?? null,
                adminUrl: `${publicUrl}/admin/content-manager/collection-types/${SUPPLY_REQUEST}/${created.documentId}`,
              },
            },
          })),
        );
        return toPortalRequest(created);
      });
    },

    /** The user's own supply requests at a location, newest first. */
    async mine(args: { userId: number; location: string; page: number; pageSize: number }) {
      const place = await placeFor(args.userId, args.location);
      const where = { requester: { id: args.userId }, location: { id: place.location.id } };
      const [rows, total] = await Promise.all([
        strapi.db.query(SUPPLY_REQUEST).findMany({
          where,
          populate: { location: { select: ['documentId', 'name'] } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          limit: args.pageSize,
          offset: (args.page - 1) * args.pageSize,
        }),
        strapi.db.query(SUPPLY_REQUEST).count({ where }),
      ]);
      return {
        results: rows.map(toPortalRequest),
        pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) },
      };
    },
  };
};

export type SuppliesService = ReturnType<typeof supplies>;
export default supplies;
