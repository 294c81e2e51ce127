import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const CLOCK_IN = 'plugin::portal-features.clock-in';
const LOCATION = 'plugin::portal-features.location';
const FEATURE = 'whos-working';

const conflict = (message: string, path: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/** Who's Working: staff clock in and out at a location; residents see who is on duty now. */
const timeClock = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Clocking in and out is a route of Who's Working too: refused while the feature is off there. */
  const locationId = (documentId: string) => getService(strapi, 'features').requireLiveAt({ location: documentId, feature: FEATURE });
  /** Serialises clock-ins and outs at a location, so two devices cannot open the same shift twice. */
  const lockLocation = (trx: any, location: number) =>
    strapi.db.connection(strapi.db.metadata.get(LOCATION).tableName).transacting(trx).where({ id: location }).forUpdate().first('id');
  const openShift = (location: number, staffId: string) =>
    strapi.db.query(CLOCK_IN).findOne({ where: { location: { id: location }, staffId, clockedOutAt: { $null: true } } });

  return {
    async clockIn(args: { location: string; staffId: string; displayName: string; role: string; at?: string }) {
      const location = await locationId(args.location);
      return strapi.db.transaction(async ({ trx }) => {
        await lockLocation(trx, location);
        if (await openShift(location, args.staffId)) throw conflict(`${args.staffId} is already clocked in here`, 'staffId');
        const row = await strapi.db.query(CLOCK_IN).create({
          data: { location, staffId: args.staffId, displayName: args.displayName, role: args.role, clockedInAt: args.at ? new Date(args.at) : new Date() },
        });
        return { documentId: row.documentId, clockedInAt: row.clockedInAt };
      });
    },

    async clockOut(args: { location: string; staffId: string; at?: string }) {
      const location = await locationId(args.location);
      return strapi.db.transaction(async ({ trx }) => {
        await lockLocation(trx, location);
        const shift = await openShift(location, args.staffId);
        if (!shift) throw conflict(`${args.staffId} is not clocked in here`, 'staffId');
        const at = args.at ? new Date(args.at) : new Date();
        if (at <= new Date(shift.clockedInAt)) throw conflict('Clocking out must come after clocking in', 'at');
        const row = await strapi.db.query(CLOCK_IN).update({ where: { id: shift.id }, data: { clockedOutAt: at } });
        return { documentId: row.documentId, clockedInAt: row.clockedInAt, clockedOutAt: row.clockedOutAt };
      });
    },

    /** For residents: who is on duty now, by display name and role only. */
    async onDuty(args: { userId: number; location: string }) {
      const place = await getService(strapi, 'memberships').placeWithLiveFeature({ userId: args.userId, location: args.location, feature: FEATURE });
      const rows = await strapi.db.query(CLOCK_IN).findMany({
        where: { location: { id: place.location.id }, clockedOutAt: { $null: true }, clockedInAt: { $lte: new Date() } },
        select: ['displayName', 'role', 'clockedInAt'],
        orderBy: [{ clockedInAt: 'asc' }],
      });
      return rows.map((row: any) => ({ displayName: row.displayName, role: row.role, since: row.clockedInAt }));
    },
  };
};

export type TimeClockService = ReturnType<typeof timeClock>;
export default timeClock;
