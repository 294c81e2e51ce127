import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ASSIGNED_STATES, availableWorkOrderEvents, workOrderStateLabel, type WorkOrderState } from '../domain/work-order-lifecycle';
import { getService } from '../utils/get-service';
import { workOrderReference } from './dispatch';

const VENDOR = 'plugin::service-requests.vendor';
const OFFER = 'plugin::service-requests.work-order-offer';
const WORK_ORDER = 'plugin::service-requests.work-order';

const WORK_ORDER_POPULATE = {
  location: { select: ['name', 'address', 'timezone'] },
  ticket: { select: ['documentId', 'availability'], populate: { unit: { select: ['name'] } } },
} as const;

// provider, hash and ext are what the upload provider needs to sign a link to the file.
const FILE_FIELDS = ['name', 'url', 'mime', 'size', 'provider', 'hash', 'ext'];

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
const parsed = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : (value ?? []));

/**
 * What a vendor sees in the vendor portal: the offers waiting for its answer and the work orders
 * assigned to it, nothing else. A portal user acts for the active vendor record it is linked to.
 */
const vendorPortal = ({ strapi }: { strapi: Core.Strapi }) => {
  const toView = (order: any) => ({
    documentId: order.documentId,
    reference: workOrderReference(order.id),
    summary: order.summary,
    description: order.description,
    status: order.state,
    statusLabel: workOrderStateLabel(order.state),
    location: order.location ? { name: order.location.name, address: order.location.address, timezone: order.location.timezone } : null,
    unit: order.ticket?.unit?.name ?? null,
    availability: parsed(order.ticket?.availability),
    appointment: order.appointmentStart ? { start: iso(order.appointmentStart), end: iso(order.appointmentEnd) } : null,
    proposed: order.proposedStart ? { start: iso(order.proposedStart), end: iso(order.proposedEnd) } : null,
    tasks: parsed(order.tasks),
    startedAt: iso(order.startedAt),
    completedAt: iso(order.completedAt),
    estimateAmount: order.estimateAmount === null || order.estimateAmount === undefined ? null : Number(order.estimateAmount),
    invoice: order.invoiceReceivedAt ? { number: order.invoiceNumber, amount: Number(order.invoiceAmount), receivedAt: iso(order.invoiceReceivedAt) } : null,
    actions: availableWorkOrderEvents(order.state as WorkOrderState, 'vendor'),
  });

  return {
    /** The vendor record the user acts for; 403 for a user linked to none. */
    async vendorOf(userId: number): Promise<{ id: number; name: string }> {
      const vendor = await strapi.db.query(VENDOR).findOne({ where: { portalUsers: { id: userId }, active: true }, select: ['id', 'name'] });
      if (!vendor) throw new errors.PolicyError('Your account is not linked to an active vendor');
      return vendor;
    },

    async offers(vendorId: number) {
      const rows = await strapi.db.query(OFFER).findMany({
        where: { vendor: { id: vendorId }, outcome: 'pending', deadline: { $gt: new Date() } },
        populate: { workOrder: { populate: WORK_ORDER_POPULATE as any } },
        orderBy: { deadline: 'asc' },
      });
      return rows.map((offer: any) => ({ documentId: offer.documentId, offeredAt: iso(offer.offeredAt), deadline: iso(offer.deadline), workOrder: toView(offer.workOrder) }));
    },

    async workOrders(vendorId: number, args: { page: number; pageSize: number; done: boolean }) {
      const states = args.done ? ['completed', 'rejected', 'cancelled'] : ASSIGNED_STATES;
      const where = { vendor: { id: vendorId }, state: { $in: states } };
      const [rows, total] = await Promise.all([
        strapi.db.query(WORK_ORDER).findMany({
          where,
          populate: WORK_ORDER_POPULATE as any,
          orderBy: [{ appointmentStart: 'asc' }, { id: 'desc' }],
          limit: args.pageSize,
          offset: (args.page - 1) * args.pageSize,
        }),
        strapi.db.query(WORK_ORDER).count({ where }),
      ]);
      return { results: rows.map(toView), pagination: { page: args.page, pageSize: args.pageSize, total, pageCount: Math.ceil(total / args.pageSize) } };
    },

    /** One order of the vendor's, with its photos and invoice behind signed links; 404 as for an order that does not exist. */
    async workOrder(vendorId: number, documentId: string) {
      const order = await strapi.db.query(WORK_ORDER).findOne({
        where: { documentId, vendor: { id: vendorId } },
        populate: { ...WORK_ORDER_POPULATE, photos: { select: FILE_FIELDS }, invoiceFile: { select: FILE_FIELDS } } as any,
      });
      if (!order) throw new errors.NotFoundError('Work order not found');
      const attachments = getService(strapi, 'attachments');
      const signed = await attachments.withSignedLinks({ attachments: [...(order.photos ?? []), ...(order.invoiceFile ? [order.invoiceFile] : [])] });
      const files = (signed.attachments ?? []).map((file: any) => ({ name: file.name, url: file.url, mime: file.mime, size: file.size }));
      const photoCount = (order.photos ?? []).length;
      return { ...toView(order), photos: files.slice(0, photoCount), invoiceFile: files[photoCount] ?? null };
    },

    async answerOffer(args: { userId: number; offerDocumentId: string; answer: 'accept' | 'decline' }) {
      const vendor = await this.vendorOf(args.userId);
      await getService(strapi, 'dispatch').answer({ offerDocumentId: args.offerDocumentId, vendorId: vendor.id, answer: args.answer });
    },
  };
};

export type VendorPortalService = ReturnType<typeof vendorPortal>;
export default vendorPortal;
