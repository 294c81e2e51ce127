import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { dueTimes } from '../domain/sla';
import { eventBetween, statusLabel, transition, type Effect, type TicketStatus } from '../domain/ticket-lifecycle';
import { missingForTriage, triageGateRefusal, type GatedTicket } from '../domain/triage-gate';
import { ratingLabel } from '../domain/rating';
import { readTicketRow, type TicketRow } from '../repositories/ticket-rows';
import { SYSTEM_ACTOR, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { managersOf } from '../utils/places';
import { pluginConfig } from '../utils/plugin-config';
import type { OutboxMessage } from './outbox';
import { reopenedNotices, routedNotices, statusChangedNotice } from './ticket-notices';

const TICKET = 'plugin::service-requests.ticket';

const refuse = (message: string, path: string[]) =>
  new errors.ValidationError(message, { errors: path.map((field) => ({ path: [field], message, name: 'ValidationError' })) });

const gated = (row: TicketRow): GatedTicket => ({
  typeId: row.typeId,
  priorityId: row.priorityId,
  state: row.state,
  summary: row.summary,
  description: row.description,
  visibility: row.visibility,
  locationId: row.locationId,
  unitId: row.unitId,
  reporterId: row.reporterId,
});

/** Field updates, timeline entries and emails one write leads to, gathered then applied together. */
interface Consequences {
  fields: Record<string, unknown>;
  messages: OutboxMessage[];
}

/**
 * What follows a write to a ticket, on whatever path it came (the service desk, the content
 * manager, the document service, the portal): the triage gate, the transition table, the
 * timeline, SLA due times, routing, and the emails. Runs inside the write's transaction, after
 * the write, on the ticket as saved; throwing rolls the write back.
 */
const ticketChanges = ({ strapi }: { strapi: Core.Strapi }) => {
  const timeline = () => getService(strapi, 'ticket-timeline');
  const links = () => {
    const config = pluginConfig(strapi);
    return { publicUrl: config.publicUrl, siteUrl: config.siteUrl };
  };

  const changeStatus = async (args: { ticket: TicketRow; from: string; to: string; actor: ChangeActor; effects: Effect[]; out: Consequences }) => {
    const { ticket, actor, effects, out } = args;
    const now = new Date();
    const eventId = await timeline().record({ ticketId: ticket.id, kind: 'status', from: args.from, to: args.to, note: actor.note, actor });
    out.fields.stateChangedAt = now;
    for (const effect of effects) {
      if (effect === 'mark-first-response' && !ticket.firstRespondedAt) out.fields.firstRespondedAt = now;
      if (effect === 'stamp-resolved') out.fields.resolvedAt = now;
      if (effect === 'clear-resolved') out.fields.resolvedAt = null;
      if (effect === 'stamp-closed') out.fields.closedAt = now;
      if (effect === 'notify-reporter') {
        out.messages.push(...statusChangedNotice({ ticket, eventId, from: args.from, to: args.to, askForRating: effects.includes('ask-for-rating'), links: links() }));
      }
      if (effect === 'alert-managers' && ticket.locationId) {
        const managers = await managersOf(strapi, ticket.locationId);
        out.messages.push(
          ...reopenedNotices({
            ticket,
            eventId,
            ratingLabel: ticket.rating ? ratingLabel(ticket.rating) : 'poorly',
            comment: actor.note,
            priorityName: ticket.priorityName,
            managers,
            links: links(),
          }),
        );
      }
    }
  };

  const route = async (args: { ticket: TicketRow; departmentId: number; fromName: string | null; actor: ChangeActor; out: Consequences }) => {
    const routing = getService(strapi, 'ticket-routing');
    const department = await routing.membersOf(args.departmentId);
    const informed = new Set((args.actor.informed ?? []).map((email) => email.toLowerCase()));
    department.members = department.members.filter((member: { email: string }) => !informed.has(member.email.toLowerCase()));
    const eventId = await timeline().record({ ticketId: args.ticket.id, kind: 'routed', from: args.fromName, to: department.name, note: args.actor.note, actor: args.actor });
    args.out.messages.push(
      ...routedNotices({ ticket: args.ticket, eventId, departmentName: department.name, categoryName: args.ticket.categoryName, members: department.members, links: links() }),
    );
  };

  /** A triaged ticket opens by itself: the `open` transition, made by whoever completed the triage. */
  const openOnTriage = async (ticket: TicketRow, actor: ChangeActor, out: Consequences) => {
    // Staff and the system may open a ticket; anyone else completing a triage (never, today) opens it as the system.
    const result = transition('new', 'open', actor.kind === 'reporter' ? 'system' : actor.kind);
    if (!result.allowed) return;
    out.fields.state = result.to;
    await changeStatus({ ticket, from: 'new', to: result.to, actor, effects: result.effects, out });
  };

  /** New priority, new targets: both measured from when the ticket was raised. */
  const dueFields = (ticket: TicketRow) =>
    ticket.priorityId && ticket.firstResponseHours && ticket.resolutionHours
      ? dueTimes(ticket.createdAt, { firstResponseHours: ticket.firstResponseHours, resolutionHours: ticket.resolutionHours }, ticket.timezone ?? 'UTC')
      : { firstResponseDueAt: null, resolutionDueAt: null };

  /** Writes what the change led to; open request pages are told, except of a ticket just created (nobody has one open). */
  const finish = async (ticket: TicketRow, out: Consequences, options: { announce: boolean }) => {
    if (Object.keys(out.fields).length > 0) await strapi.db.query(TICKET).update({ where: { id: ticket.id }, data: out.fields });
    if (out.messages.length > 0) await getService(strapi, 'notifier').queue(out.messages);
    if (options.announce) await getService(strapi, 'live-updates').announce(ticket.documentId);
  };

  return {
    async afterCreate(args: { ticket: TicketRow; actor: ChangeActor }) {
      const { ticket, actor } = args;
      const out: Consequences = { fields: {}, messages: [] };
      if (ticket.priorityId) Object.assign(out.fields, dueFields(ticket));
      if (ticket.state === 'new' && missingForTriage(ticket).length === 0) {
        await openOnTriage(ticket, { ...actor, note: actor.note ?? 'Raised with a type and priority' }, out);
      }
      // The department may come with the ticket (the report chose it by the same rules); else the rules pick it now.
      const departmentId = ticket.departmentId ?? (await getService(strapi, 'ticket-routing').departmentFor(ticket));
      if (departmentId) {
        if (!ticket.departmentId) out.fields.department = departmentId;
        await route({ ticket, departmentId, fromName: null, actor: { ...SYSTEM_ACTOR, note: 'Routing rule', informed: actor.informed }, out });
      }
      // Raised already triaged and categorised (by staff): its dispatch rule may take it at once.
      if (missingForTriage(ticket).length === 0 && ticket.categoryId !== null) await getService(strapi, 'work-orders').autoDispatch(ticket);
      await finish(ticket, out, { announce: false });
    },

    async afterUpdate(args: { before: TicketRow; after: TicketRow; actor: ChangeActor }) {
      const { before, after, actor } = args;
      const refusal = triageGateRefusal(gated(before), gated(after));
      if (refusal) throw refuse(refusal.message, refusal.missing);
      const out: Consequences = { fields: {}, messages: [] };

      if (before.state !== after.state) {
        const event = eventBetween(before.state as TicketStatus, after.state as TicketStatus);
        if (!event) throw refuse(`A ticket cannot go from ${statusLabel(before.state)} to ${statusLabel(after.state)}`, ['state']);
        const result = transition(before.state as TicketStatus, event, actor.kind);
        if (!result.allowed) throw refuse(result.reason, ['state']);
        await changeStatus({ ticket: after, from: before.state, to: after.state, actor, effects: result.effects, out });
      }

      const triaged = missingForTriage(before).length > 0 && missingForTriage(after).length === 0;
      if (triaged && after.state === 'new') await openOnTriage(after, { ...actor, note: 'Triaged' }, out);

      const triageChanged = before.typeId !== after.typeId || before.priorityId !== after.priorityId || before.categoryId !== after.categoryId;
      if (triageChanged) {
        const describe = (row: TicketRow) =>
          [`Type: ${row.typeName ?? 'New PM Enquiry'}`, `Priority: ${row.priorityName ?? 'Unassigned'}`, `Category: ${row.categoryName ?? 'none'}`].join(', ');
        await timeline().record({ ticketId: after.id, kind: 'triage', from: describe(before), to: describe(after), note: null, actor });
      }
      if (before.priorityId !== after.priorityId) Object.assign(out.fields, dueFields(after));

      if (before.departmentId !== after.departmentId && after.departmentId) {
        await route({ ticket: after, departmentId: after.departmentId, fromName: before.departmentName, actor, out });
      } else if (!after.departmentId && (before.categoryId !== after.categoryId || before.locationId !== after.locationId)) {
        const departmentId = await getService(strapi, 'ticket-routing').departmentFor(after);
        if (departmentId) {
          out.fields.department = departmentId;
          await route({ ticket: after, departmentId, fromName: null, actor: { ...actor, note: 'Routing rule' }, out });
        }
      }

      if (before.visibility !== after.visibility) {
        await timeline().record({ ticketId: after.id, kind: 'visibility', from: before.visibility, to: after.visibility, note: null, actor });
      }
      const readyForWork = missingForTriage(after).length === 0 && after.categoryId !== null && ['new', 'open'].includes(after.state);
      if (readyForWork && (triaged || before.categoryId !== after.categoryId)) await getService(strapi, 'work-orders').autoDispatch(after);
      if (after.rating && (!before.ratedAt || before.ratedAt?.getTime() !== after.ratedAt?.getTime())) {
        await timeline().record({ ticketId: after.id, kind: 'rating', from: null, to: ratingLabel(after.rating), note: null, actor });
      }
      await finish(after, out, { announce: true });
    },

    /** Reads a ticket as the rules see it. */
    read: (where: { id: number } | { documentId: string }, options: { lock?: boolean } = {}) =>
      strapi.db.transaction(({ trx }) => readTicketRow(strapi, { where, lock: options.lock, trx })),
  };
};

export type TicketChangesService = ReturnType<typeof ticketChanges>;
export default ticketChanges;
