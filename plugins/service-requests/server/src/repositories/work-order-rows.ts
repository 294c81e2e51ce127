import type { Core } from '@strapi/strapi';
import { schemaOf } from './schema';

const WORK_ORDER = 'plugin::service-requests.work-order';
const TICKET = 'plugin::service-requests.ticket';
const VENDOR = 'plugin::service-requests.vendor';
const LOCATION = 'plugin::portal-features.location';
const CUSTOMER = 'plugin::portal-features.customer';
const USER = 'plugin::users-permissions.user';

/** A work order with what its rules and messages need, read in one statement. */
export interface WorkOrderRow {
  id: number;
  documentId: string;
  state: string;
  summary: string;
  description: string | null;
  appointmentStart: Date | null;
  appointmentEnd: Date | null;
  appointmentVersion: number;
  proposedStart: Date | null;
  proposedEnd: Date | null;
  tasks: Array<{ title: string; done: boolean; doneAt: string | null }>;
  startedAt: Date | null;
  completedAt: Date | null;
  estimateAmount: number | null;
  invoiceReceivedAt: Date | null;
  ticketId: number | null;
  ticketDocumentId: string | null;
  availability: Array<{ start: string; end: string }>;
  reporterEmail: string | null;
  reporterName: string | null;
  reporterPhone: string | null;
  locationId: number | null;
  locationName: string | null;
  address: string | null;
  timezone: string;
  spendingThreshold: number | null;
  reminderEmailAt: string | null;
  reminderSmsAt: string | null;
  categoryId: number | null;
  dispatchRuleId: number | null;
  vendorId: number | null;
  vendorName: string | null;
  vendorEmail: string | null;
  vendorPhone: string | null;
}

const date = (value: unknown) => (value ? new Date(value as string) : null);
const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const json = <T>(value: unknown, fallback: T): T => {
  if (value === null || value === undefined) return fallback;
  // Strapi sets pg's JSON parser to text for the whole process: raw reads come back as strings.
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
};

export const readWorkOrderRow = async (strapi: Core.Strapi, args: { where: { id: number } | { documentId: string }; lock?: boolean; trx?: unknown }): Promise<WorkOrderRow | null> => {
  const { table, column, link } = schemaOf(strapi);
  const w = (attribute: string) => `w.${column(WORK_ORDER, attribute)}`;
  const join = (query: any, alias: string, uid: string, attribute: string, from: string) => {
    const joinTable = link(uid, attribute);
    return { query: query.leftJoin({ [alias]: joinTable.name }, `${alias}.${joinTable.joinColumn.name}`, `${from}.id`), id: `${alias}.${joinTable.inverseJoinColumn.name}` };
  };
  let query: any = strapi.db.connection({ w: table(WORK_ORDER) });
  const ticketLink = join(query, 'l_ticket', WORK_ORDER, 'ticket', 'w');
  query = ticketLink.query.leftJoin({ t: table(TICKET) }, 't.id', ticketLink.id);
  const reporterLink = join(query, 'l_reporter', TICKET, 'reporter', 't');
  query = reporterLink.query.leftJoin({ u: table(USER) }, 'u.id', reporterLink.id);
  const locationLink = join(query, 'l_location', WORK_ORDER, 'location', 'w');
  query = locationLink.query.leftJoin({ loc: table(LOCATION) }, 'loc.id', locationLink.id);
  const customerLink = join(query, 'l_customer', LOCATION, 'customer', 'loc');
  query = customerLink.query.leftJoin({ c: table(CUSTOMER) }, 'c.id', customerLink.id);
  const vendorLink = join(query, 'l_vendor', WORK_ORDER, 'vendor', 'w');
  query = vendorLink.query.leftJoin({ v: table(VENDOR) }, 'v.id', vendorLink.id);
  const categoryLink = join(query, 'l_category', WORK_ORDER, 'category', 'w');
  query = categoryLink.query;
  const ruleLink = join(query, 'l_rule', WORK_ORDER, 'dispatchRule', 'w');
  query = ruleLink.query;

  const where = 'id' in args.where ? { 'w.id': args.where.id } : { [w('documentId')]: args.where.documentId };
  let statement = query.where(where).first({
    id: 'w.id',
    documentId: w('documentId'),
    state: w('state'),
    summary: w('summary'),
    description: w('description'),
    appointmentStart: w('appointmentStart'),
    appointmentEnd: w('appointmentEnd'),
    appointmentVersion: w('appointmentVersion'),
    proposedStart: w('proposedStart'),
    proposedEnd: w('proposedEnd'),
    tasks: w('tasks'),
    startedAt: w('startedAt'),
    completedAt: w('completedAt'),
    estimateAmount: w('estimateAmount'),
    invoiceReceivedAt: w('invoiceReceivedAt'),
    ticketId: 't.id',
    ticketDocumentId: `t.${column(TICKET, 'documentId')}`,
    availability: `t.${column(TICKET, 'availability')}`,
    reporterEmail: `u.${column(USER, 'email')}`,
    reporterName: `u.${column(USER, 'username')}`,
    reporterPhone: `u.${column(USER, 'phone')}`,
    locationId: 'loc.id',
    locationName: `loc.${column(LOCATION, 'name')}`,
    address: `loc.${column(LOCATION, 'address')}`,
    timezone: `loc.${column(LOCATION, 'timezone')}`,
    spendingThreshold: `loc.${column(LOCATION, 'spendingThreshold')}`,
    reminderEmailAt: `c.${column(CUSTOMER, 'reminderEmailAt')}`,
    reminderSmsAt: `c.${column(CUSTOMER, 'reminderSmsAt')}`,
    categoryId: categoryLink.id,
    dispatchRuleId: ruleLink.id,
    vendorId: 'v.id',
    vendorName: `v.${column(VENDOR, 'name')}`,
    vendorEmail: `v.${column(VENDOR, 'email')}`,
    vendorPhone: `v.${column(VENDOR, 'phone')}`,
  });
  if (args.trx) statement = statement.transacting(args.trx);
  if (args.lock) statement = statement.forUpdate('w');
  const row = await statement;
  if (!row) return null;
  return {
    ...row,
    id: Number(row.id),
    appointmentStart: date(row.appointmentStart),
    appointmentEnd: date(row.appointmentEnd),
    appointmentVersion: Number(row.appointmentVersion ?? 0),
    proposedStart: date(row.proposedStart),
    proposedEnd: date(row.proposedEnd),
    tasks: json(row.tasks, []),
    startedAt: date(row.startedAt),
    completedAt: date(row.completedAt),
    estimateAmount: number(row.estimateAmount),
    invoiceReceivedAt: date(row.invoiceReceivedAt),
    availability: json(row.availability, []),
    spendingThreshold: number(row.spendingThreshold),
    timezone: row.timezone ?? 'UTC',
  } as WorkOrderRow;
};
