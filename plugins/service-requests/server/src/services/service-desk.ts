import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentView, DeskOptions, QueueRow, TicketDetail, TicketStatus, TimelineEntry } from '../contracts/service-desk';
import { availableEvents, TICKET_STATUSES } from '../domain/ticket-lifecycle';
import { ratingLabel } from '../domain/rating';
import { missingForTriage } from '../domain/triage-gate';
import { ticketQueue, type QueueFilters, type QueueSort } from '../repositories/ticket-queue';
import { getService } from '../utils/get-service';
import { slaViewOf } from './sla-view';
import { ticketReference } from './ticket-messages';

const TICKET = 'plugin::service-requests.ticket';
const COMMENT = 'plugin::service-requests.ticket-comment';
const FILE_FIELDS = ['name', 'url', 'mime', 'size', 'provider', 'hash', 'ext'];

const personName = (person: { firstname?: string | null; lastname?: string | null; email?: string | null } | null | undefined) =>
  person ? [person.firstname, person.lastname].filter(Boolean).join(' ') || person.email || '' : '';

const iso = (value: unknown) => new Date(value as string).toISOString();

const files = (list: any[] | null | undefined) => (list ?? []).map((file) => ({ name: file.name, url: file.url, mime: file.mime, size: file.size }));

/** What staff see on the service desk: the queue, one ticket in full, and the lists its forms offer. */
const serviceDesk = ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(args: { filters: QueueFilters; sort: QueueSort; page: number; pageSize: number }) {
    const queue = ticketQueue(strapi);
    const [rows, counts] = await Promise.all([
      queue.page({ filters: args.filters, sort: args.sort, limit: args.pageSize, offset: (args.page - 1) * args.pageSize }),
      queue.countsByStatus(args.filters),
    ]);
    const total = args.filters.status ? (counts[args.filters.status] ?? 0) : Object.values(counts).reduce((sum, count) => sum + count, 0);
    const now = new Date();
    const data: QueueRow[] = rows.map((row: any) => ({
      documentId: row.documentId,
      reference: ticketReference(Number(row.id)),
      summary: row.summary,
      status: row.state,
      type: row.typeName,
      priority: row.priorityName,
      category: row.categoryName,
      department: row.departmentName,
      assignee: row.assigneeEmail ? personName({ firstname: row.assigneeFirstname, lastname: row.assigneeLastname, email: row.assigneeEmail }) : null,
      visibility: row.visibility,
      location: row.locationName,
      unit: row.unitName,
      sla: slaViewOf(row, now),
      createdAt: iso(row.createdAt),
    }));
    return {
      data,
      meta: {
        pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) },
        counts: counts as Record<TicketStatus, number>,
      },
    };
  },

  async ticket(documentId: string): Promise<TicketDetail> {
    const ticket: any = await strapi.db.query(TICKET).findOne({
      where: { documentId },
      populate: {
        ticketType: { select: ['id', 'documentId', 'name'] },
        priority: { select: ['id', 'documentId', 'name', 'rank', 'firstResponseHours', 'resolutionHours'] },
        category: { select: ['documentId', 'name'] },
        department: { select: ['documentId', 'name'] },
        assignee: { select: ['id', 'firstname', 'lastname', 'email'] },
        location: { select: ['documentId', 'name', 'timezone'] },
        unit: { select: ['documentId', 'name'] },
        reporter: { select: ['username', 'email'] },
        attachments: { select: FILE_FIELDS },
      },
    });
    if (!ticket) throw new errors.NotFoundError('Ticket not found');
    const attachments = getService(strapi, 'attachments');
    const [signed, comments, entries] = await Promise.all([
      attachments.withSignedLinks(ticket),
      strapi.db.query(COMMENT).findMany({
        where: { ticket: { id: ticket.id } },
        populate: { attachments: { select: FILE_FIELDS }, authorAdmin: { select: ['firstname', 'lastname', 'email'] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      getService(strapi, 'ticket-timeline').entriesOf(ticket.id),
    ]);
    const commentViews: CommentView[] = await Promise.all(
      comments.map(async (comment: any) => {
        const withLinks = await attachments.withSignedLinks(comment);
        return {
          documentId: comment.documentId,
          body: comment.body,
          authorKind: comment.authorKind,
          authorName: comment.authorKind === 'reporter' ? 'The reporter' : personName(comment.authorAdmin) || 'Staff',
          published: Boolean(comment.published),
          createdAt: iso(comment.createdAt),
          attachments: files(withLinks.attachments),
        };
      }),
    );
    const created: TimelineEntry = {
      at: iso(ticket.createdAt),
      kind: 'created',
      from: null,
      to: ticket.source === 'portal' ? 'Reported in the portal' : 'Raised by staff',
      actor: ticket.source === 'portal' ? 'the reporter' : 'staff',
      note: null,
    };
    const timeline: TimelineEntry[] = [
      created,
      ...entries.map((entry) => ({ at: iso(entry.createdAt), kind: entry.kind, from: entry.fromValue, to: entry.toValue, actor: entry.actorName ?? entry.actorKind, note: entry.note })),
    ];
    const priority = ticket.priority
      ? {
          documentId: ticket.priority.documentId,
          name: ticket.priority.name,
          rank: ticket.priority.rank,
          firstResponseHours: ticket.priority.firstResponseHours,
          resolutionHours: ticket.priority.resolutionHours,
        }
      : null;
    const named = (value: any) => (value ? { documentId: value.documentId, name: value.name } : null);
    return {
      documentId: ticket.documentId,
      reference: ticketReference(ticket.id),
      summary: ticket.summary,
      description: ticket.description,
      status: ticket.state,
      source: ticket.source,
      type: named(ticket.ticketType),
      priority,
      category: named(ticket.category),
      department: named(ticket.department),
      assignee: ticket.assignee ? { id: ticket.assignee.id, name: personName(ticket.assignee), email: ticket.assignee.email } : null,
      visibility: ticket.visibility,
      notifyOnUpdate: Boolean(ticket.notifyOnUpdate),
      location: ticket.location ? { documentId: ticket.location.documentId, name: ticket.location.name, timezone: ticket.location.timezone } : null,
      unit: named(ticket.unit),
      reporter: ticket.reporter ? { name: ticket.reporter.username, email: ticket.reporter.email } : null,
      attachments: files(signed.attachments),
      sla: slaViewOf({ ...ticket, firstResponseHours: priority?.firstResponseHours ?? null, resolutionHours: priority?.resolutionHours ?? null }),
      missing: missingForTriage({ typeId: ticket.ticketType?.id ?? null, priorityId: ticket.priority?.id ?? null }),
      actions: availableEvents(ticket.state, 'staff').filter((action) => action.event !== 'open'),
      rating: ticket.rating ? { value: ticket.rating, label: ratingLabel(ticket.rating), at: iso(ticket.ratedAt) } : null,
      timeline,
      comments: commentViews,
      createdAt: iso(ticket.createdAt),
      updatedAt: iso(ticket.updatedAt),
    };
  },

  /** `can` is the admin's permissions on the desk, read from their ability by the controller. */
  async options(can: DeskOptions['can']): Promise<DeskOptions> {
    const list = (uid: string, where: Record<string, unknown> = {}) =>
      strapi.db.query(uid).findMany({ where, select: ['documentId', 'name'], orderBy: { name: 'asc' } }) as Promise<Array<{ documentId: string; name: string }>>;
    const [types, priorities, categories, departments, locations, staff] = await Promise.all([
      list('plugin::service-requests.ticket-type', { active: true }),
      strapi.db.query('plugin::service-requests.priority').findMany({ select: ['documentId', 'name', 'rank', 'firstResponseHours', 'resolutionHours'], orderBy: { rank: 'desc' } }),
      list('plugin::service-requests.ticket-category', { active: true }),
      list('plugin::service-requests.department'),
      list('plugin::portal-features.location'),
      strapi.db.query('admin::user').findMany({ where: { isActive: true }, select: ['id', 'firstname', 'lastname', 'email'], orderBy: { firstname: 'asc' } }),
    ]);
    return {
      statuses: TICKET_STATUSES,
      types,
      priorities: priorities as DeskOptions['priorities'],
      categories,
      departments,
      locations,
      staff: staff.map((member: any) => ({ id: member.id, name: personName(member), email: member.email })),
      can,
    };
  },
});

export type ServiceDeskService = ReturnType<typeof serviceDesk>;
export default serviceDesk;
