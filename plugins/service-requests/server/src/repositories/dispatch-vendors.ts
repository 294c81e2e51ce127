import type { Core } from '@strapi/strapi';
import { inTransaction, schemaOf } from './schema';

const RULE = 'plugin::service-requests.dispatch-rule';
const VENDOR = 'plugin::service-requests.vendor';

export interface DispatchVendor {
  id: number;
  name: string;
  email: string;
  phone: string | null;
}

/**
 * The vendors of a dispatch rule in the rule's order (Strapi keeps a many-to-many relation's
 * order in its link table), leaving out inactive vendors and those that do not serve the location
 * (a vendor with no locations serves them all).
 */
export const vendorsInRuleOrder = async (strapi: Core.Strapi, args: { ruleId: number; locationId: number | null }): Promise<DispatchVendor[]> => {
  const { table, column, link } = schemaOf(strapi);
  const ruleVendors = link(RULE, 'vendors') as ReturnType<typeof link> & { orderColumnName?: string };
  const vendorLocations = link(VENDOR, 'locations');
  const query = strapi.db
    .connection({ rv: ruleVendors.name })
    .join({ v: table(VENDOR) }, 'v.id', `rv.${ruleVendors.inverseJoinColumn.name}`)
    .where(`rv.${ruleVendors.joinColumn.name}`, args.ruleId)
    .where(`v.${column(VENDOR, 'active')}`, true)
    .where((served) => {
      served.whereNotExists(strapi.db.connection({ vl: vendorLocations.name }).whereRaw(`vl.${vendorLocations.joinColumn.name} = v.id`));
      if (args.locationId !== null) {
        served.orWhereExists(
          strapi.db
            .connection({ vl2: vendorLocations.name })
            .whereRaw(`vl2.${vendorLocations.joinColumn.name} = v.id`)
            .where(`vl2.${vendorLocations.inverseJoinColumn.name}`, args.locationId),
        );
      }
    })
    .select({ id: 'v.id', name: `v.${column(VENDOR, 'name')}`, email: `v.${column(VENDOR, 'email')}`, phone: `v.${column(VENDOR, 'phone')}` });
  if (ruleVendors.orderColumnName) query.orderBy(`rv.${ruleVendors.orderColumnName}`, 'asc');
  query.orderBy('rv.id', 'asc');
  const rows = await inTransaction(strapi, query);
  return rows.map((row: any) => ({ ...row, id: Number(row.id) }));
};
