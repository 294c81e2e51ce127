import type { Core } from '@strapi/strapi';
import { departmentFor, type RoutingRule } from '../domain/routing';
import { inTransaction, schemaOf } from '../repositories/schema';

const RULE = 'plugin::service-requests.routing-rule';
const DEPARTMENT = 'plugin::service-requests.department';

/** Reads the routing rules and departments; the choice itself is the pure `departmentFor`. */
const ticketRouting = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The department the rules send a ticket of this category at this location to, if any. */
  async departmentFor(ticket: { categoryId: number | null; locationId: number | null }): Promise<number | null> {
    const { table, link } = schemaOf(strapi);
    const category = link(RULE, 'category');
    const location = link(RULE, 'location');
    const department = link(RULE, 'department');
    // One statement: the rules with their three relations; there are tens of them, not thousands.
    const rules = strapi.db
      .connection({ r: table(RULE) })
      .leftJoin({ c: category.name }, `c.${category.joinColumn.name}`, 'r.id')
      .leftJoin({ l: location.name }, `l.${location.joinColumn.name}`, 'r.id')
      .leftJoin({ d: department.name }, `d.${department.joinColumn.name}`, 'r.id')
      .select({
        id: 'r.id',
        categoryId: `c.${category.inverseJoinColumn.name}`,
        locationId: `l.${location.inverseJoinColumn.name}`,
        departmentId: `d.${department.inverseJoinColumn.name}`,
      });
    const rows: Array<{ id: number; categoryId: number | null; locationId: number | null; departmentId: number | null }> = await inTransaction(strapi, rules);
    return departmentFor(
      rows.filter((row): row is RoutingRule => row.departmentId !== null),
      ticket,
    );
  },

  /** The active members of a department, who are told of tickets sent to it. */
  async membersOf(departmentId: number) {
    const row = await strapi.db.query(DEPARTMENT).findOne({
      where: { id: departmentId },
      select: ['name'],
      populate: { members: { select: ['email', 'firstname', 'lastname', 'isActive'] } },
    });
    const members = (row?.members ?? []).filter((member: any) => member.isActive !== false && member.email);
    return {
      name: (row?.name ?? '') as string,
      members: members.map((member: any) => ({ email: member.email as string, name: [member.firstname, member.lastname].filter(Boolean).join(' ') || member.email })),
    };
  },
});

export type TicketRoutingService = ReturnType<typeof ticketRouting>;
export default ticketRouting;
