import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReportProblemInput } from '../validation/report-problem';
import { canSeeTicket, visibleTicketsFilter, type Viewer, type Visibility } from '../domain/ticket-visibility';
import { assertFeatureLive, ELAPSED_TIME, placesOf, SERVICE_REQUEST, type Place } from '../utils/places';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import { JOB } from '../jobs/names';
import type { IncomingFile } from './attachments';
import { problemReportedMessages, ticketReference } from './ticket-messages';

const TICKET = 'plugin::service-requests.ticket';
const LOCATION = 'plugin::portal-features.location';
const UNIT = 'plugin::portal-features.unit';

const PORTAL_POPULATE = {
  location: { fields: ['name', 'timezone'] },
  unit: { fields: ['name'] },
  reporter: { fields: ['username'] },
  attachments: { fields: ['name', 'url', 'mime', 'size'] },
} as const;

/**
 * A ticket as a portal user sees it: the reporter is never named, only "you" or "a resident".
 * `elapsed` (open since, closed at) is there only where the location's Elapsed Time feature is on.
 */
export const toPortalTicket = (ticket: any, viewerId: number, options: { showElapsed?: boolean } = {}) => ({
  documentId: ticket.documentId,
  reference: ticketReference(Number(ticket.id)),
  summary: ticket.summary,
  description: ticket.description,
  status: ticket.state,
  visibility: ticket.visibility,
  notifyOnUpdate: ticket.notifyOnUpdate,
  reportedByMe: ticket.reporter?.id === viewerId,
  location: ticket.location ? { documentId: ticket.location.documentId, name: ticket.location.name, timezone: ticket.location.timezone } : null,
  unit: ticket.unit ? { documentId: ticket.unit.documentId, name: ticket.unit.name } : null,
  attachments: (ticket.attachments ?? []).map((file: any) => ({ name: file.name, url: file.url, mime: file.mime, size: file.size })),
  createdAt: ticket.createdAt,
  updatedAt: ticket.updatedAt,
  ...(options.showElapsed ? { elapsed: { since: ticket.createdAt, until: null } } : {}),
});

/** The places where the Service Request feature is live: the only ones the ticket routes serve. */
const serviceRequestPlaces = (places: Place[]) => places.filter((place) => place.features.includes(SERVICE_REQUEST));

const viewerFrom = (userId: number, places: Place[]): Viewer => ({
  userId,
  places: places.map((place) => ({ locationId: place.location.id, unitId: place.unit?.id ?? null })),
});

const tickets = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The location and unit a report is filed against, checked against the reporter's memberships. */
  const resolvePlace = async (places: Place[], input: ReportProblemInput) => {
    const atLocation = places.filter((place) => place.location.documentId === input.location);
    if (atLocation.length === 0) {
      const exists = await strapi.db.query(LOCATION).findOne({ where: { documentId: input.location }, select: ['id'] });
      // A PolicyError keeps its message: Strapi turns other ForbiddenErrors behind its auth into a bare "Forbidden".
      if (exists) throw new errors.PolicyError('You are not a member of this location');
      throw new errors.ValidationError('Choose one of your locations', {
        errors: [{ path: ['location'], message: 'Choose one of your locations', name: 'ValidationError' }],
      });
    }
    const location = atLocation[0].location;
    await assertFeatureLive(strapi, location, SERVICE_REQUEST);
    if (!input.unit) return { location, unit: null };
    const ownUnit = atLocation.find((place) => place.unit?.documentId === input.unit)?.unit;
    if (ownUnit) return { location, unit: ownUnit };
    // A member of the whole location (no unit on the membership) may report for any of its units.
    if (atLocation.some((place) => place.unit === null)) {
      const unit = await strapi.db.query(UNIT).findOne({
        where: { documentId: input.unit, location: { id: location.id } },
        select: ['id', 'documentId', 'name'],
      });
      if (unit) return { location, unit };
    }
    throw new errors.ValidationError('Choose one of your units at this location', {
      errors: [{ path: ['unit'], message: 'Choose one of your units at this location', name: 'ValidationError' }],
    });
  };

  const managersOf = async (locationId: number) => {
    const location = await strapi.db.query(LOCATION).findOne({
      where: { id: locationId },
      populate: { propertyManagers: { select: ['email', 'firstname', 'lastname', 'isActive'] } },
    });
    return (location?.propertyManagers ?? [])
      .filter((manager: any) => manager.isActive && manager.email)
      .map((manager: any) => ({ email: manager.email, name: [manager.firstname, manager.lastname].filter(Boolean).join(' ') || manager.email }));
  };

  return {
    /** "Report a problem" from the portal: the ticket and its emails are written together. */
    async reportProblem(args: { reporter: { id: number; email: string; username?: string }; input: ReportProblemInput; files: IncomingFile[] }) {
      const { reporter, input, files } = args;
      const places = await placesOf(strapi, reporter.id);
      const { location, unit } = await resolvePlace(places, input);
      const attachments = getService(strapi, 'attachments');
      await attachments.check(files);
      const managers = await managersOf(location.id);
      const stored = await attachments.store(files);
      const config = pluginConfig(strapi);

      let created: { ticket: any; notificationIds: number[] };
      try {
        created = await strapi.db.transaction(async () => {
          const ticket = await strapi.documents(TICKET as any).create({
            data: {
              summary: input.summary,
              description: input.description,
              location: location.id,
              unit: unit?.id ?? null,
              reporter: reporter.id,
              visibility: input.visibility as Visibility,
              type: 'New PM Enquiry',
              priority: 'Unassigned',
              state: 'new',
              notifyOnUpdate: true,
              source: 'portal',
              // Even an empty list costs a query; a new ticket without files needs none.
              ...(stored.length > 0 ? { attachments: stored.map((file) => file.id) } : {}),
            } as any,
            // The location, unit and reporter are already loaded; reading them back would cost a
            // query each inside the transaction. Only the stored files are read back.
            populate: (stored.length > 0 ? { attachments: PORTAL_POPULATE.attachments } : undefined) as any,
          });
          const messages = problemReportedMessages({
            ticket: {
              documentId: ticket.documentId,
              reference: ticketReference(Number(ticket.id)),
              summary: input.summary,
              description: input.description,
              locationName: location.name,
              unitName: unit?.name ?? null,
              timezone: location.timezone,
              createdAt: new Date(ticket.createdAt as string),
              attachmentCount: stored.length,
            },
            reporter: { email: reporter.email, name: reporter.username || reporter.email },
            managers,
            links: {
              portalUrl: `${config.siteUrl}/requests/${ticket.documentId}`,
              adminUrl: `${config.publicUrl}/admin/content-manager/collection-types/${TICKET}/${ticket.documentId}`,
            },
          });
          const notificationIds = await getService(strapi, 'outbox').queue(messages);
          return { ticket, notificationIds };
        });
      } catch (error) {
        await attachments.discard(stored);
        throw error;
      }

      // After the commit: wake a worker for each email. If this process dies first, the
      // outbox reconciler finds the rows still pending and enqueues them.
      const jobs = getService(strapi, 'jobs');
      await Promise.all(
        created.notificationIds.map((notificationId) =>
          jobs.now(JOB.sendNotification, { notificationId }).catch((error: Error) => {
            strapi.log.warn(`Could not enqueue notification ${notificationId}: ${error.message}`);
          }),
        ),
      );
      return toPortalTicket({ ...created.ticket, location, unit, reporter: { id: reporter.id } }, reporter.id);
    },

    /**
     * The tickets a portal user may see, newest first, one page at a time: across every location
     * where Service Request is live, or at one location (403 FeatureDisabled if it is off there).
     */
    async listVisible(args: { userId: number; page: number; pageSize: number; location?: string }) {
      const memberOf = await placesOf(strapi, args.userId);
      const atLocation = args.location ? memberOf.filter((place) => place.location.documentId === args.location) : memberOf;
      if (args.location && atLocation.length > 0) await assertFeatureLive(strapi, atLocation[0].location, SERVICE_REQUEST);
      const places = serviceRequestPlaces(atLocation);
      if (places.length === 0) return { results: [], pagination: { page: args.page, pageSize: args.pageSize, total: 0, pageCount: 0 } };
      const filters = visibleTicketsFilter(viewerFrom(args.userId, places));
      const [rows, total] = await Promise.all([
        strapi.documents(TICKET as any).findMany({
          filters: filters as any,
          populate: PORTAL_POPULATE as any,
          sort: [{ createdAt: 'desc' }, { id: 'desc' }] as any,
          limit: args.pageSize,
          start: (args.page - 1) * args.pageSize,
        }),
        strapi.documents(TICKET as any).count({ filters: filters as any }),
      ]);
      const elapsedAt = new Set(places.filter((place) => place.features.includes(ELAPSED_TIME)).map((place) => place.location.id));
      return {
        results: rows.map((row: any) => toPortalTicket(row, args.userId, { showElapsed: elapsedAt.has(row.location?.id) })),
        pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) },
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
      await assertFeatureLive(strapi, ticket.location, SERVICE_REQUEST);
      const place = places.find((p) => p.location.id === ticket.location.id);
      return toPortalTicket(ticket, args.userId, { showElapsed: Boolean(place?.features.includes(ELAPSED_TIME)) });
    },
  };
};

export type TicketsService = ReturnType<typeof tickets>;
export default tickets;
