/** A span of time as the API sends it: UTC instants (ISO 8601). */
export interface TimeSpan {
  start: string;
  end: string;
}

/** A lifecycle step the vendor may take now, as the API lists it. */
export interface WorkOrderAction {
  event: string;
  label: string;
  to: string;
}

/** A work order as its vendor sees it (GET /service-requests/vendor/work-orders/:documentId). */
export interface WorkOrderView {
  documentId: string;
  /** e.g. "WO-00012" */
  reference: string;
  summary: string;
  description: string;
  status: string;
  statusLabel: string;
  location: { name: string; address: string | null; timezone: string } | null;
  unit: string | null;
  /** When the tenant said someone could come in. */
  availability: TimeSpan[];
  appointment: TimeSpan | null;
  /** A time the vendor proposed that the tenant has not confirmed yet. */
  proposed: TimeSpan | null;
  tasks: Array<{ title: string; done: boolean; doneAt: string | null }>;
  startedAt: string | null;
  completedAt: string | null;
  estimateAmount: number | null;
  invoice: { number: string; amount: number; receivedAt: string } | null;
  actions: WorkOrderAction[];
  /** On the work order's own page: uploaded photos and the invoice file, behind signed links. */
  photos?: Array<{ name: string; url: string; mime: string }>;
  invoiceFile?: { name: string; url: string; mime: string } | null;
}

/** An offer waiting for the vendor's answer (GET /service-requests/vendor/offers). */
export interface VendorOffer {
  documentId: string;
  offeredAt: string;
  /** The answer is due by then; afterwards the job goes to the next vendor. */
  deadline: string;
  workOrder: WorkOrderView;
}
