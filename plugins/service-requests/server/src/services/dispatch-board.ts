import type { Core } from '@strapi/strapi';
import { WORK_ORDER_STATES, workOrderStateLabel } from '../domain/work-order-lifecycle';
import { schemaOf } from '../repositories/schema';
import { workOrderReference } from './dispatch';

const WORK_ORDER = 'plugin::service-requests.work-order';
const OFFER = 'plugin::service-requests.work-order-offer';

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** What a dispatcher watches: work orders by state, offers waiting with their deadlines, the day's appointments. */
const dispatchBoard = ({ strapi }: { strapi: Core.Strapi }) => ({
  async board(args: { appointmentsFrom: Date; appointmentsTo: Date; state?: string; page: number; pageSize: number }) {
    const orders = strapi.db.query(WORK_ORDER);
    // One grouped count rather than a count per state: the board asks every 30 s.
    const { table, column } = schemaOf(strapi);
    const grouped: Array<{ state: string; count: string | number }> = await strapi.db
      .connection(table(WORK_ORDER))
      .groupBy(column(WORK_ORDER, 'state'))
      .select({ state: column(WORK_ORDER, 'state') })
      .count({ count: '*' });
    const counts: Record<string, number> = Object.fromEntries(WORK_ORDER_STATES.map((state) => [state, 0]));
    for (const row of grouped) counts[row.state] = Number(row.count);
    const where = args.state ? { state: args.state } : { state: { $notIn: ['completed', 'rejected', 'cancelled'] } };
    const populate = { location: { select: ['name', 'timezone'] }, vendor: { select: ['name'] }, ticket: { select: ['documentId'] } };
    const view = (order: any) => ({
      documentId: order.documentId,
      reference: workOrderReference(order.id),
      summary: order.summary,
      status: order.state,
      statusLabel: workOrderStateLabel(order.state),
      location: order.location?.name ?? null,
      timezone: order.location?.timezone ?? 'UTC',
      vendor: order.vendor?.name ?? null,
      ticketDocumentId: order.ticket?.documentId ?? null,
      appointment: order.appointmentStart ? { start: iso(order.appointmentStart), end: iso(order.appointmentEnd) } : null,
      updatedAt: iso(order.updatedAt),
    });
    const [rows, total, waiting, today] = await Promise.all([
      orders.findMany({ where, populate, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], limit: args.pageSize, offset: (args.page - 1) * args.pageSize }),
      orders.count({ where }),
      strapi.db.query(OFFER).findMany({
        where: { outcome: 'pending' },
        populate: { vendor: { select: ['name'] }, workOrder: { populate: { location: { select: ['name', 'timezone'] }, ticket: { select: ['documentId'] } } } },
        orderBy: { deadline: 'asc' },
        limit: 100,
      }),
      orders.findMany({
        where: { state: { $in: ['scheduled', 'in_progress'] }, appointmentStart: { $gte: args.appointmentsFrom, $lt: args.appointmentsTo } },
        populate,
        orderBy: { appointmentStart: 'asc' },
        limit: 200,
      }),
    ]);
    return {
      counts,
      workOrders: { results: rows.map(view), pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) } },
      offersWaiting: waiting.map((offer: any) => ({
        documentId: offer.documentId,
        vendor: offer.vendor?.name ?? null,
        offeredAt: iso(offer.offeredAt),
        deadline: iso(offer.deadline),
        workOrder: view(offer.workOrder),
      })),
      appointments: today.map(view),
    };
  },
});

export type DispatchBoardService = ReturnType<typeof dispatchBoard>;
export default dispatchBoard;
