import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReportProblemInput } from '../validation/report-problem';
import type { Visibility } from '../domain/ticket-visibility';
import { ELAPSED_TIME, managersOf, placesOf, requireFeature, SERVICE_REQUEST, type Place } from '../utils/places';
import { actingAs } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { pluginConfig } from '../utils/plugin-config';
import type { IncomingFile } from './attachments';
import { problemReportedMessages, ticketReference } from './ticket-messages';
import { PORTAL_POPULATE, toPortalTicket } from './portal-ticket-view';
import { deskUrl } from './ticket-notices';
import { validateAvailability } from '../domain/scheduling/availability';

const TICKET = 'plugin::service-requests.ticket';
const LOCATION = 'plugin::portal-features.location';
const UNIT = 'plugin::portal-features.unit';
const CATEGORY = 'plugin::service-requests.ticket-category';

const fieldError = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/** "Report a problem" from the portal: checks where, stores the files, writes the ticket and its emails together. */
const problemReports = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The location and unit a report is filed against, checked against the reporter's memberships. */
  const resolvePlace = async (places: Place[], input: ReportProblemInput) => {
    const atLocation = places.filter((place) => place.location.documentId === input.location);
    if (atLocation.length === 0) {
      const exists = await strapi.db.query(LOCATION).findOne({ where: { documentId: input.location }, select: ['id'] });
      // A PolicyError keeps its message: Strapi turns other ForbiddenErrors behind its auth into a bare "Forbidden".
      if (exists) throw new errors.PolicyError('You are not a member of this location');
      throw fieldError('location', 'Choose one of your locations');
    }
    const place = atLocation[0];
    requireFeature(strapi, place, SERVICE_REQUEST);
    const { location } = place;
    if (!input.unit) return { place, location, unit: null };
    const ownUnit = atLocation.find((candidate) => candidate.unit?.documentId === input.unit)?.unit;
    if (ownUnit) return { place, location, unit: ownUnit };
    // A member of the whole location (no unit on the membership) may report for any of its units.
    if (atLocation.some((candidate) => candidate.unit === null)) {
      const unit = await strapi.db.query(UNIT).findOne({ where: { documentId: input.unit, location: { id: location.id } }, select: ['id', 'documentId', 'name'] });
      if (unit) return { place, location, unit };
    }
    throw fieldError('unit', 'Choose one of your units at this location');
  };

  return {
    async report(args: { reporter: { id: number; email: string; username?: string }; input: ReportProblemInput; files: IncomingFile[] }) {
      const { reporter, input, files } = args;
      const { place, location, unit } = await resolvePlace(await placesOf(strapi, reporter.id), input);
      const attachments = getService(strapi, 'attachments');
      await attachments.check(files);
      const category = input.category
        ? await strapi.db.query(CATEGORY).findOne({ where: { documentId: input.category, active: true }, select: ['id'] })
        : null;
      if (input.category && !category) throw fieldError('category', 'Choose what the problem is about from the list');
      const availability = validateAvailability(input.availability ?? [], new Date());
      if (!availability.ok) {
        throw new errors.ValidationError(availability.errors[0].message, {
          errors: availability.errors.map((problem) => ({ path: problem.index === null ? ['availability'] : ['availability', String(problem.index)], message: problem.message, name: 'ValidationError' })),
        });
      }
      const managers = await managersOf(strapi, location.id);
      // Routed here rather than after the write: one statement fewer in the transaction.
      const department = await getService(strapi, 'ticket-routing').departmentFor({ categoryId: category?.id ?? null, locationId: location.id });
      const stored = await attachments.store(files);
      const config = pluginConfig(strapi);

      let ticket: any;
      try {
        // The managers get "a new problem has been reported"; the department's routing email would tell them again.
        const reporterActor = { kind: 'reporter' as const, name: 'the reporter', adminId: null, note: null, informed: managers.map((manager) => manager.email) };
        ticket = await actingAs(reporterActor, () => strapi.db.transaction(async () => {
          const created: any = await strapi.documents(TICKET as any).create({
            data: {
              summary: input.summary,
              description: input.description,
              location: location.id,
              unit: unit?.id ?? null,
              reporter: reporter.id,
              visibility: input.visibility as Visibility,
              // No type and no priority: "New PM Enquiry", "Unassigned" until staff triage it.
              category: category?.id ?? null,
              department: department ?? null,
              availability: availability.windows.map((window) => ({ start: window.start.toISOString(), end: window.end.toISOString() })),
              state: 'new',
              notifyOnUpdate: true,
              source: 'portal',
              // Even an empty list costs a query; a new ticket without files needs none.
              ...(stored.length > 0 ? { attachments: stored.map((file) => file.id) } : {}),
            } as any,
            // The location, unit and reporter are already loaded; only stored files are read back.
            populate: (stored.length > 0 ? { attachments: PORTAL_POPULATE.attachments } : undefined) as any,
          });
          await getService(strapi, 'notifier').queue(
            problemReportedMessages({
              ticket: {
                documentId: created.documentId,
                reference: ticketReference(Number(created.id)),
                summary: input.summary,
                description: input.description,
                locationName: location.name,
                unitName: unit?.name ?? null,
                timezone: location.timezone,
                createdAt: new Date(created.createdAt),
                attachmentCount: stored.length,
              },
              reporter: { email: reporter.email, name: reporter.username || reporter.email },
              managers,
              links: {
                portalUrl: `${config.siteUrl}/requests/${created.documentId}`,
                adminUrl: deskUrl(config.publicUrl, created.documentId),
              },
            }),
          );
          return created;
        }));
      } catch (error) {
        // Nothing was committed: the stored files belong to no ticket.
        await attachments.discard(stored);
        throw error;
      }
      const signed = await attachments.withSignedLinks(ticket);
      return toPortalTicket({ ...signed, location, unit, reporter: { id: reporter.id } }, reporter.id, {
        showElapsed: place.features.includes(ELAPSED_TIME),
      });
    },
  };
};

export type ProblemReportsService = ReturnType<typeof problemReports>;
export default problemReports;
