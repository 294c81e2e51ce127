import type { Core } from '@strapi/strapi';

const MEMBERSHIP = 'plugin::portal-features.membership';
const LOCATION = 'plugin::portal-features.location';
const CUSTOMER = 'plugin::portal-features.customer';
const UNIT = 'plugin::portal-features.unit';

export interface PlaceRow {
  membershipId: number;
  role: string;
  locationId: number;
  locationDocumentId: string;
  locationName: string;
  timezone: string;
  locationPortal: boolean;
  features: unknown;
  customerPortal: boolean | null;
  unitId: number | null;
  unitDocumentId: string | null;
  unitName: string | null;
}

/**
 * A user's memberships with their location, customer and unit, in one query. Every portal request
 * asks for these; through the query engine they cost four statements. Table and column names come
 * from Strapi's metadata, so they follow the content-type schemas.
 */
export const placeRowsOf = async (strapi: Core.Strapi, userId: number): Promise<PlaceRow[]> => {
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const column = (uid: string, attribute: string) => (meta(uid).attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const link = (uid: string, attribute: string) => (meta(uid).attributes[attribute] as any).joinTable as {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
  };
  const memberUser = link(MEMBERSHIP, 'user');
  const memberLocation = link(MEMBERSHIP, 'location');
  const memberUnit = link(MEMBERSHIP, 'unit');
  const locationCustomer = link(LOCATION, 'customer');

  const rows = await strapi.db
    .connection({ m: meta(MEMBERSHIP).tableName })
    .join({ mu: memberUser.name }, `mu.${memberUser.joinColumn.name}`, 'm.id')
    .join({ ml: memberLocation.name }, `ml.${memberLocation.joinColumn.name}`, 'm.id')
    .join({ l: meta(LOCATION).tableName }, 'l.id', `ml.${memberLocation.inverseJoinColumn.name}`)
    .leftJoin({ lc: locationCustomer.name }, `lc.${locationCustomer.joinColumn.name}`, 'l.id')
    .leftJoin({ c: meta(CUSTOMER).tableName }, 'c.id', `lc.${locationCustomer.inverseJoinColumn.name}`)
    .leftJoin({ mn: memberUnit.name }, `mn.${memberUnit.joinColumn.name}`, 'm.id')
    .leftJoin({ u: meta(UNIT).tableName }, 'u.id', `mn.${memberUnit.inverseJoinColumn.name}`)
    .where(`mu.${memberUser.inverseJoinColumn.name}`, userId)
    .orderBy('m.id', 'asc')
    .select({
      membershipId: 'm.id',
      role: `m.${column(MEMBERSHIP, 'role')}`,
      locationId: 'l.id',
      locationDocumentId: `l.${column(LOCATION, 'documentId')}`,
      locationName: `l.${column(LOCATION, 'name')}`,
      timezone: `l.${column(LOCATION, 'timezone')}`,
      locationPortal: `l.${column(LOCATION, 'portalEnabled')}`,
      features: `l.${column(LOCATION, 'features')}`,
      customerPortal: `c.${column(CUSTOMER, 'portalEnabled')}`,
      unitId: 'u.id',
      unitDocumentId: `u.${column(UNIT, 'documentId')}`,
      unitName: `u.${column(UNIT, 'name')}`,
    });
  return rows as PlaceRow[];
};
