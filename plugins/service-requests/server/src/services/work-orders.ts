import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { transitionWorkOrder, type WorkOrderActor, type WorkOrderEvent, type WorkOrderState } from '../domain/work-order-lifecycle';
import { schemaOf } from '../repositories/schema';
import { readWorkOrderRow, type WorkOrderRow } from '../repositories/work-order-rows';
import { actingAs, SYSTEM_ACTOR, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';

const WORK_ORDER = 'plugin::service-requests.work-order';
const RULE = 'plugin::service-requests.dispatch-rule';
const TICKET = 'plugin::service-requests.ticket';

const fieldError = (path: string, message: string) => new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/**
 * Work orders: made from a ticket (by staff, or by its dispatch rule automatically) or from a
 * maintenance schedule's occurrence, then handed to dispatch. `transition` is the one way their
 * state changes: the pure table decides, the row is locked, and the caller's effects follow in
 * the same transaction.
 */
const workOrders = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The dispatch rule for a category at a location: one naming the location beats one for all locations. */
  const ruleFor = async (categoryId: number | null, locationId: number | null) => {
    if (!categoryId) return null;
    const rules = await strapi.db.query(RULE).findMany({
      where: { category: { id: categoryId } },
      select: ['id', 'autoDispatch'],
      populate: { locations: { select: ['id'] } },
      orderBy: { id: 'asc' },
    });
    const forLocation = rules.find((rule: any) => rule.locations.some((location: any) => location.id === locationId));
    return forLocation ?? rules.find((rule: any) => rule.locations.length === 0) ?? null;
  };

  /** Writes the order, tells its ticket's timeline, then offers it to the first vendor. */
  const create = async (data: Record<string, unknown>, story: { text: string; actor?: ChangeActor; ticket?: { id: number; documentId: string } }) => {
    const created = await strapi.db.query(WORK_ORDER).create({ data: { state: 'dispatching', tasks: [], appointmentVersion: 0, ...data } });
    if (story.ticket) {
      await getService(strapi, 'work-order-timeline').record({ id: created.id, ticketId: story.ticket.id, ticketDocumentId: story.ticket.documentId }, story.text, story.actor);
    }
    await getService(strapi, 'dispatch').offerNext(created.id);
    return created as { id: number; documentId: string };
  };

  return {
    read: (where: { id: number } | { documentId: string }, options: { lock?: boolean } = {}) =>
      strapi.db.transaction(({ trx }) => readWorkOrderRow(strapi, { where, lock: options.lock, trx })),

    /** Moves an order by the table; throws 400 with the table's reason when it may not. */
    async transition(args: { order: WorkOrderRow; event: WorkOrderEvent; actor: WorkOrderActor; data?: Record<string, unknown> }) {
      const result = transitionWorkOrder(args.order.state as WorkOrderState, args.event, args.actor);
      if (!result.allowed) throw fieldError('state', result.reason);
      await strapi.db.query(WORK_ORDER).update({ where: { id: args.order.id }, data: { state: result.to, ...args.data } });
      return result;
    },

    /** Staff turn a triaged ticket into a work order; its category's dispatch rule says who is offered it. */
    async createFromTicket(args: { ticketDocumentId: string; actor: ChangeActor }) {
      return strapi.db.transaction(async () => {
        const ticket = await getService(strapi, 'ticket-changes').read({ documentId: args.ticketDocumentId }, { lock: true });
        if (!ticket) throw new errors.NotFoundError('Ticket not found');
        if (!ticket.typeId || !ticket.priorityId) throw fieldError('ticket', 'Triage the ticket before making a work order of it');
        if (!['open', 'in_progress', 'on_hold'].includes(ticket.state)) throw fieldError('ticket', 'Only an open ticket can become a work order');
        const rule = await ruleFor(ticket.categoryId, ticket.locationId);
        if (!rule) throw fieldError('category', 'No dispatch rule covers this ticket\'s category at its location: give it a category with a rule, or add one');
        const active = await strapi.db.query(WORK_ORDER).count({ where: { ticket: { id: ticket.id }, state: { $notIn: ['completed', 'rejected', 'cancelled'] } } });
        if (active > 0) throw fieldError('ticket', 'This ticket already has a work order in progress');
        return create(
          { summary: ticket.summary, description: ticket.description, ticket: ticket.id, location: ticket.locationId, category: ticket.categoryId, dispatchRule: rule.id },
          { text: 'Work order created', actor: args.actor, ticket },
        );
      });
    },

    /** A ticket whose rule dispatches automatically becomes a work order as soon as it is triaged. */
    async autoDispatch(ticket: { id: number; documentId: string; categoryId: number | null; locationId: number | null }) {
      const rule = await ruleFor(ticket.categoryId, ticket.locationId);
      if (!rule?.autoDispatch) return null;
      const active = await strapi.db.query(WORK_ORDER).count({ where: { ticket: { id: ticket.id } } });
      if (active > 0) return null;
      const row = await strapi.db.query(TICKET).findOne({ where: { id: ticket.id }, select: ['summary', 'description'] });
      return create(
        { summary: row.summary, description: row.description, ticket: ticket.id, location: ticket.locationId, category: ticket.categoryId, dispatchRule: rule.id },
        { text: 'Work order created by its dispatch rule', ticket },
      );
    },

    /** A maintenance schedule's occurrence; the unique occurrence key makes a second creation a no-op. */
    async createForOccurrence(args: {
      scheduleId: number;
      occurrenceKey: string;
      summary: string;
      description: string | null;
      locationId: number;
      categoryId: number | null;
      dispatchRuleId: number | null;
      start: Date;
      end: Date;
      tasks: Array<{ title: string; done: boolean; doneAt: string | null }>;
    }) {
      const { table, column } = schemaOf(strapi);
      const existing = await strapi.db.connection(table(WORK_ORDER)).where(column(WORK_ORDER, 'occurrenceKey'), args.occurrenceKey).first('id');
      if (existing) return null;
      return create(
        {
          summary: args.summary,
          description: args.description,
          schedule: args.scheduleId,
          occurrenceKey: args.occurrenceKey,
          location: args.locationId,
          category: args.categoryId,
          dispatchRule: args.dispatchRuleId,
          proposedStart: args.start,
          proposedEnd: args.end,
          tasks: args.tasks,
        },
        { text: 'Work order created by its maintenance schedule' },
      );
    },

    /** The vendor took it: the ticket is being worked on. */
    async afterAccepted(order: WorkOrderRow) {
      if (!order.ticketDocumentId) return;
      const ticket = await getService(strapi, 'ticket-changes').read({ documentId: order.ticketDocumentId });
      if (ticket?.state !== 'open') return;
      await actingAs({ ...SYSTEM_ACTOR, note: 'A vendor accepted the work order' }, () =>
        strapi.documents(TICKET as any).update({ documentId: order.ticketDocumentId!, data: { state: 'in_progress' } as any }),
      );
    },

    /** Staff stop an order: open offers are withdrawn (their links stop working), reminders removed. */
    async cancel(args: { documentId: string; actor: ChangeActor }) {
      await strapi.db.transaction(async () => {
        const order = await this.read({ documentId: args.documentId }, { lock: true });
        if (!order) throw new errors.NotFoundError('Work order not found');
        await this.transition({ order, event: 'cancel', actor: 'staff' });
        await getService(strapi, 'dispatch').withdrawOffers(order.id);
        if (order.state === 'scheduled') await getService(strapi, 'appointments').cancelAppointment(order);
        else await getService(strapi, 'appointments').clearReminders(order);
        await getService(strapi, 'work-order-timeline').record(order, 'Cancelled', args.actor);
      });
    },

    /** Staff send an unassigned order round the vendors again, from the top of the rule. */
    async redispatch(args: { documentId: string; actor: ChangeActor }) {
      await strapi.db.transaction(async () => {
        const order = await this.read({ documentId: args.documentId }, { lock: true });
        if (!order) throw new errors.NotFoundError('Work order not found');
        await this.transition({ order, event: 'redispatch', actor: 'staff' });
        // Every vendor of the rule may be offered it again; the earlier offers stay as history.
        await strapi.db.query(WORK_ORDER).update({ where: { id: order.id }, data: { redispatchedAt: new Date() } });
        await getService(strapi, 'work-order-timeline').record(order, 'Dispatched again', args.actor);
        await getService(strapi, 'dispatch').offerNext(order.id);
      });
    },
  };
};

export type WorkOrdersService = ReturnType<typeof workOrders>;
export default workOrders;
