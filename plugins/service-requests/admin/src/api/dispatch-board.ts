import type { WorkOrderState } from '../../../server/src/domain/work-order-lifecycle';
import type { Pagination } from '../../../server/src/contracts/service-desk';

export type { WorkOrderState };

/**
 * The dispatch board's admin API, as the board sees it (server: routes/admin.ts,
 * controllers/dispatch-desk.ts, services/dispatch-board.ts). Under /service-requests, admin JWT:
 *   GET  /work-orders?from&to&state&page&pageSize  work-orders.read      -> { data: DispatchBoard }
 *   POST /work-orders/:documentId/cancel           work-orders.dispatch  {} -> { data: { documentId } }
 *   POST /work-orders/:documentId/redispatch       work-orders.dispatch  {} -> { data: { documentId } }
 *   POST /tickets/:documentId/work-orders          tickets.read + work-orders.dispatch {} -> 201 { data: { documentId } }
 * Refusals are Strapi errors: 400 with a message when the state or the ticket does not allow it, 403 without the permission.
 */

/** One work order as every list of the board shows it. */
export interface WorkOrderRow {
  documentId: string;
  /** "WO-00012" */
  reference: string;
  summary: string;
  status: WorkOrderState;
  statusLabel: string;
  location: string | null;
  /** The location's IANA timezone ("UTC" without a location): the board shows its times there. */
  timezone: string;
  vendor: string | null;
  ticketDocumentId: string | null;
  appointment: { start: string; end: string | null } | null;
  updatedAt: string | null;
}

/** An offer a vendor has not answered yet; its work order's vendor is not filled in. */
export interface OfferWaiting {
  documentId: string;
  vendor: string | null;
  offeredAt: string | null;
  deadline: string | null;
  workOrder: WorkOrderRow;
}

export interface DispatchBoard {
  /** Work orders per state, over all of them. */
  counts: Record<WorkOrderState, number>;
  /** The chosen state's work orders, or every unfinished one, most recently changed first. */
  workOrders: { results: WorkOrderRow[]; pagination: Pagination };
  /** Soonest deadline first. */
  offersWaiting: OfferWaiting[];
  /** Scheduled or started work orders whose appointment starts in [from, to), soonest first. */
  appointments: WorkOrderRow[];
}

export interface DispatchBoardQuery {
  /** ISO date-times bounding the appointments shown: the viewer's day. */
  from: string;
  to: string;
  /** Absent: every work order that is not finished. */
  state?: WorkOrderState;
  page?: number;
  pageSize?: number;
}
