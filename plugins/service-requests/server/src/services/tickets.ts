import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { canSeeTicket, visibleTicketsFilter, type Viewer } from '../domain/ticket-visibility';
import { ELAPSED_TIME, placesOf, requireFeature, SERVICE_REQUEST, type Place } from '../utils/places';
import { PORTAL_POPULATE, toPortalTicket } from './portal-ticket-view';
import { getService } from '../utils/get-service';

const TICKET = 'plugin::service-requests.ticket';
const WORK_ORDER = 'plugin::service-requests.work-order';

/** The places where the Service Request feature is live: the only ones the ticket routes serve. */
const serviceRequestPlaces = (places: Place[]) => places.filter((place) => place.features.includes(SERVICE_REQUEST));

const viewerFrom = (userId: number, places: Place[]): Viewer => ({
  userId,
  places: places.map((place) => ({ locationId: place.location.id, unitId: place.unit?.id ?? null })),
});

/** What portal users may read of tickets: lists and single tickets, by the visibility rules. */
const tickets = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The tickets a portal user may see, newest first, one page at a time: across every location
   * where Service Request is live, or at one location (403 FeatureDisabled if it is off there).
   * There is no total: counting what a member may see means scanning every ticket at the location
   * (measured: 174 ms at 100,000 tickets, against under 1 ms for the page itself), so the page
   * reads one row more than it shows to know whether an older page exists.
   */
  async listVisible(args: { userId: number; page: number; pageSize: number; location?: string }) {
    const memberOf = await placesOf(strapi, args.userId);
    const atLocation = args.location ? memberOf.filter((place) => place.location.documentId === args.location) : memberOf;
    if (args.location && atLocation.length > 0) requireFeature(strapi, atLocation[0], SERVICE_REQUEST);
    const places = serviceRequestPlaces(atLocation);
    const pagination = (hasNextPage: boolean) => ({ page: args.page, pageSize: args.pageSize, hasNextPage });
    if (places.length === 0) return { results: [], pagination: pagination(false) };
    const rows = await strapi.documents(TICKET as any).findMany({
      filters: visibleTicketsFilter(viewerFrom(args.userId, places)) as any,
      populate: PORTAL_POPULATE as any,
      sort: [{ createdAt: 'desc' }, { id: 'desc' }] as any,
      limit: args.pageSize + 1,
      start: (args.page - 1) * args.pageSize,
    });
    const elapsedAt = new Set(places.filter((place) => place.features.includes(ELAPSED_TIME)).map((place) => place.location.id));
    const attachments = getService(strapi, 'attachments');
    const signed = await Promise.all(rows.slice(0, args.pageSize).map((row: any) => attachments.withSignedLinks(row)));
    return {
      results: signed.map((row: any) => toPortalTicket(row, args.userId, { showElapsed: elapsedAt.has(row.location?.id) })),
      pagination: pagination(rows.length > args.pageSize),
    };
  },

  /** One ticket, or a 404 that does not say whether it exists elsewhere. */
  async findVisible(args: { userId: number; documentId: string }) {
    const ticket: any = await strapi.documents(TICKET as any).findOne({ documentId: args.documentId, populate: PORTAL_POPULATE as any });
    const places = await placesOf(strapi, args.userId);
    const visible =
      ticket &&
      canSeeTicket(viewerFrom(args.userId, places), {
        reporterId: ticket.reporter?.id ?? null,
        locationId: ticket.location?.id ?? null,
        unitId: ticket.unit?.id ?? null,
        visibility: ticket.visibility,
      });
    if (!visible) throw new errors.NotFoundError('Request not found');
    const place = places.find((candidate) => candidate.location.id === ticket.location.id)!;
    requireFeature(strapi, place, SERVICE_REQUEST);
    const signed = await getService(strapi, 'attachments').withSignedLinks(ticket);
    return toPortalTicket(signed, args.userId, { showElapsed: place.features.includes(ELAPSED_TIME) });
  },

  /** One ticket with its messages, for the request page. */
  async findVisibleWithMessages(args: { userId: number; documentId: string }) {
    const view = await this.findVisible(args);
    const ticket = await strapi.db.query(TICKET).findOne({ where: { documentId: args.documentId }, select: ['id'] });
    const [messages, entries, order] = await Promise.all([
      getService(strapi, 'conversation').messagesFor({ ticketId: ticket.id, viewerIsReporter: view.reportedByMe }),
      getService(strapi, 'ticket-timeline').entriesOf(ticket.id),
      strapi.db.query(WORK_ORDER).findOne({
        where: { ticket: { id: ticket.id }, state: { $notIn: ['cancelled', 'rejected'] } },
        orderBy: { id: 'desc' },
        select: ['state', 'appointmentStart', 'appointmentEnd', 'proposedStart', 'proposedEnd'],
        populate: { vendor: { select: ['name'] } },
      }),
    ]);
    const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
    // The visit, once a vendor holds the work: when, and (to the reporter) a time the vendor proposes.
    const visit =
      order && order.vendor
        ? {
            vendor: order.vendor.name as string,
            appointment: order.appointmentStart ? { start: iso(order.appointmentStart), end: iso(order.appointmentEnd) } : null,
            proposed: view.reportedByMe && order.proposedStart ? { start: iso(order.proposedStart), end: iso(order.proposedEnd) } : null,
          }
        : null;
    // Residents see what happened and when, never which member of staff did it or their notes.
    const timeline = entries.filter((entry) => entry.kind === 'status').map((entry) => ({ at: entry.createdAt, from: entry.fromValue, to: entry.toValue }));
    return { ...view, messages, timeline, visit };
  },
});

export type TicketsService = ReturnType<typeof tickets>;
export default tickets;
