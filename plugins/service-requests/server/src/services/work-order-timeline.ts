import type { Core } from '@strapi/strapi';
import type { WorkOrderRow } from '../repositories/work-order-rows';
import { SYSTEM_ACTOR, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { workOrderReference } from './dispatch';

/**
 * What happens to a work order is told on its ticket's timeline ("WO-00012 offered to Ace
 * Plumbing…"), where staff and the tenant follow the request; recurring work has no ticket.
 */
const workOrderTimeline = ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(order: Pick<WorkOrderRow, 'id' | 'ticketId' | 'ticketDocumentId'>, text: string, actor: ChangeActor = SYSTEM_ACTOR) {
    if (!order.ticketId) return;
    await getService(strapi, 'ticket-timeline').record({ ticketId: order.ticketId, kind: 'work-order', to: `${workOrderReference(order.id)}: ${text}`, actor });
    if (order.ticketDocumentId) await getService(strapi, 'live-updates').announce(order.ticketDocumentId);
  },
});

export type WorkOrderTimelineService = ReturnType<typeof workOrderTimeline>;
export default workOrderTimeline;
