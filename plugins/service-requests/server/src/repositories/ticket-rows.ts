import type { Core } from '@strapi/strapi';
import { schemaOf } from './schema';

const TICKET = 'plugin::service-requests.ticket';
const PRIORITY = 'plugin::service-requests.priority';
const TICKET_TYPE = 'plugin::service-requests.ticket-type';
const CATEGORY = 'plugin::service-requests.ticket-category';
const DEPARTMENT = 'plugin::service-requests.department';
const LOCATION = 'plugin::portal-features.location';
const USER = 'plugin::users-permissions.user';

/** A ticket with its relations as ids, and what its rules need of them, read in one query. */
export interface TicketRow {
  id: number;
  documentId: string;
  state: string;
  summary: string;
  description: string;
  visibility: string;
  notifyOnUpdate: boolean;
  source: string;
  createdAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  ratedAt: Date | null;
  rating: number | null;
  typeId: number | null;
  priorityId: number | null;
  categoryId: number | null;
  departmentId: number | null;
  assigneeId: number | null;
  locationId: number | null;
  unitId: number | null;
  reporterId: number | null;
  priorityRank: number | null;
  firstResponseHours: number | null;
  resolutionHours: number | null;
  typeName: string | null;
  priorityName: string | null;
  categoryName: string | null;
  departmentName: string | null;
  locationName: string | null;
  timezone: string | null;
  reporterEmail: string | null;
  reporterName: string | null;
}

/** The ticket's many-to-one relations, each stored in its own link table. */
export const TICKET_RELATIONS = ['ticketType', 'priority', 'category', 'department', 'assignee', 'location', 'unit', 'reporter'] as const;

const toDate = (value: unknown) => (value ? new Date(value as string) : null);

/**
 * Reads one ticket for its rules: by id or documentId, optionally locking the row for the rest
 * of the transaction so concurrent changes of one ticket queue up instead of racing.
 */
export const readTicketRow = async (
  strapi: Core.Strapi,
  args: { where: { id: number } | { documentId: string }; lock?: boolean; trx?: unknown },
): Promise<TicketRow | null> => {
  const { table, column, link } = schemaOf(strapi);
  const c = (attribute: string) => `t.${column(TICKET, attribute)}`;
  let query = strapi.db.connection({ t: table(TICKET) });
  const idOf: Record<string, string> = {};
  for (const relation of TICKET_RELATIONS) {
    const joinTable = link(TICKET, relation);
    const alias = `l_${relation}`;
    query = query.leftJoin({ [alias]: joinTable.name }, `${alias}.${joinTable.joinColumn.name}`, 't.id');
    idOf[relation] = `${alias}.${joinTable.inverseJoinColumn.name}`;
  }
  query = query
    .leftJoin({ p: table(PRIORITY) }, 'p.id', idOf.priority)
    .leftJoin({ tt: table(TICKET_TYPE) }, 'tt.id', idOf.ticketType)
    .leftJoin({ cat: table(CATEGORY) }, 'cat.id', idOf.category)
    .leftJoin({ dep: table(DEPARTMENT) }, 'dep.id', idOf.department)
    .leftJoin({ loc: table(LOCATION) }, 'loc.id', idOf.location)
    .leftJoin({ u: table(USER) }, 'u.id', idOf.reporter);
  const where = 'id' in args.where ? { 't.id': args.where.id } : { [c('documentId')]: args.where.documentId };
  let statement = query.where(where).first({
    id: 't.id',
    documentId: c('documentId'),
    state: c('state'),
    summary: c('summary'),
    description: c('description'),
    visibility: c('visibility'),
    notifyOnUpdate: c('notifyOnUpdate'),
    source: c('source'),
    createdAt: c('createdAt'),
    firstResponseDueAt: c('firstResponseDueAt'),
    resolutionDueAt: c('resolutionDueAt'),
    firstRespondedAt: c('firstRespondedAt'),
    resolvedAt: c('resolvedAt'),
    closedAt: c('closedAt'),
    ratedAt: c('ratedAt'),
    rating: c('rating'),
    typeId: idOf.ticketType,
    priorityId: idOf.priority,
    categoryId: idOf.category,
    departmentId: idOf.department,
    assigneeId: idOf.assignee,
    locationId: idOf.location,
    unitId: idOf.unit,
    reporterId: idOf.reporter,
    priorityRank: `p.${column(PRIORITY, 'rank')}`,
    firstResponseHours: `p.${column(PRIORITY, 'firstResponseHours')}`,
    resolutionHours: `p.${column(PRIORITY, 'resolutionHours')}`,
    typeName: `tt.${column(TICKET_TYPE, 'name')}`,
    priorityName: `p.${column(PRIORITY, 'name')}`,
    categoryName: `cat.${column(CATEGORY, 'name')}`,
    departmentName: `dep.${column(DEPARTMENT, 'name')}`,
    locationName: `loc.${column(LOCATION, 'name')}`,
    timezone: `loc.${column(LOCATION, 'timezone')}`,
    reporterEmail: `u.${column(USER, 'email')}`,
    reporterName: `u.${column(USER, 'username')}`,
  });
  if (args.trx) statement = statement.transacting(args.trx as any);
  // Only the ticket's own row is locked: the joined rows (priorities, users) are shared by many.
  if (args.lock) statement = statement.forUpdate('t');
  const row = await statement;
  if (!row) return null;
  return {
    ...row,
    id: Number(row.id),
    createdAt: new Date(row.createdAt),
    firstResponseDueAt: toDate(row.firstResponseDueAt),
    resolutionDueAt: toDate(row.resolutionDueAt),
    firstRespondedAt: toDate(row.firstRespondedAt),
    resolvedAt: toDate(row.resolvedAt),
    closedAt: toDate(row.closedAt),
    ratedAt: toDate(row.ratedAt),
    notifyOnUpdate: Boolean(row.notifyOnUpdate),
  } as TicketRow;
};

