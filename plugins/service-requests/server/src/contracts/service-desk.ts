/**
 * The service desk's admin API, as the admin pages see it. Types only: the admin bundle imports
 * this file, so it must stay free of runtime imports.
 *
 * Routes (all under /service-requests, admin JWT, each with its own permission action):
 *   GET  /tickets                       read           -> TicketQueue          (query: TicketQueueQuery)
 *   GET  /tickets/:documentId           read           -> { data: TicketDetail }
 *   GET  /options                       read           -> { data: DeskOptions }
 *   PUT  /tickets/:documentId/triage    triage         { type, priority, category, department, assignee } (documentIds / admin id, null clears) -> { data: TicketDetail }
 *   PUT  /tickets/:documentId/visibility publish       { visibility }                          -> { data: TicketDetail }
 *   POST /tickets/:documentId/transitions change-status { event, note? }                       -> { data: TicketDetail }
 *   POST /tickets/:documentId/comments  comment        { body, published }                     -> { data: TicketDetail }
 *   PUT  /comments/:documentId/published publish       { published: true }                     -> { data: TicketDetail }
 * Refusals are Strapi errors: 400 ValidationError { message, details.errors[{ path, message }] },
 * 403 for a missing permission, 404 for an unknown ticket, 409 when the ticket changed state meanwhile.
 */

export type TicketStatus = 'new' | 'open' | 'in_progress' | 'on_hold' | 'resolved' | 'closed' | 'cancelled';
export type Visibility = 'unpublished' | 'management' | 'unit' | 'block';
/** on_track: more than a quarter of the time left; due_soon: less; breached: past due; met: answered/resolved in time; none: no target yet. */
export type SlaState = 'none' | 'on_track' | 'due_soon' | 'breached' | 'met';
export type TicketEvent = 'open' | 'start' | 'hold' | 'resume' | 'resolve' | 'close' | 'reopen' | 'cancel';

export interface Named {
  documentId: string;
  name: string;
}

export interface PriorityOption extends Named {
  /** Higher is more urgent. */
  rank: number;
  firstResponseHours: number;
  resolutionHours: number;
}

export interface StaffMember {
  id: number;
  name: string;
  email: string;
}

export interface TicketQueueQuery {
  page?: number;
  pageSize?: number;
  status?: TicketStatus;
  /** documentIds */
  priority?: string;
  category?: string;
  location?: string;
  department?: string;
  sla?: Exclude<SlaState, 'none' | 'met'>;
  /** "me": assigned to the signed-in admin; "none": unassigned. */
  assignee?: 'me' | 'none';
  /** Part of the summary, or a reference such as SR-00042. */
  q?: string;
  /** createdAt | priority | due (resolution due time), "-" prefix for descending. Default -createdAt. */
  sort?: string;
}

export interface SlaView {
  state: SlaState;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  resolutionDueAt: string | null;
  resolvedAt: string | null;
  /** The nearer of the two open targets: what the desk shows as "due in" / "overdue by". */
  nextDueAt: string | null;
}

export interface QueueRow {
  documentId: string;
  reference: string;
  summary: string;
  status: TicketStatus;
  /** null until triaged: shown as "New PM Enquiry" and "Unassigned". */
  type: string | null;
  priority: string | null;
  category: string | null;
  department: string | null;
  assignee: string | null;
  visibility: Visibility;
  location: string | null;
  unit: string | null;
  sla: SlaView;
  createdAt: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface TicketQueue {
  data: QueueRow[];
  meta: {
    pagination: Pagination;
    /** Tickets per status under the current filters other than status, for the status tabs. */
    counts: Record<TicketStatus, number>;
  };
}

export interface TimelineEntry {
  at: string;
  kind: 'created' | 'status' | 'triage' | 'routed' | 'visibility' | 'comment-published' | 'rating' | 'work-order';
  from: string | null;
  to: string | null;
  /** "Jane Agent", "the reporter", "the system". */
  actor: string;
  note: string | null;
}

export interface FileView {
  name: string;
  url: string;
  mime: string;
  size: number;
}

export interface CommentView {
  documentId: string;
  body: string;
  authorKind: 'staff' | 'reporter';
  authorName: string;
  published: boolean;
  createdAt: string;
  attachments: FileView[];
}

export interface TicketDetail {
  documentId: string;
  reference: string;
  summary: string;
  description: string;
  status: TicketStatus;
  source: 'portal' | 'staff';
  type: Named | null;
  priority: PriorityOption | null;
  category: Named | null;
  department: Named | null;
  assignee: StaffMember | null;
  visibility: Visibility;
  notifyOnUpdate: boolean;
  location: { documentId: string; name: string; timezone: string } | null;
  unit: Named | null;
  reporter: { name: string; email: string } | null;
  attachments: FileView[];
  sla: SlaView;
  /** What the triage gate still needs before any other change: [] once triaged. */
  missing: Array<'type' | 'priority'>;
  /** The status actions allowed from the current status, for staff. */
  actions: Array<{ event: TicketEvent; label: string; to: TicketStatus }>;
  rating: { value: number; label: string; at: string } | null;
  timeline: TimelineEntry[];
  comments: CommentView[];
  createdAt: string;
  updatedAt: string;
}

export interface DeskOptions {
  statuses: TicketStatus[];
  types: Named[];
  priorities: PriorityOption[];
  categories: Named[];
  departments: Named[];
  locations: Named[];
  staff: StaffMember[];
  /** The signed-in admin's permissions on the desk, so the page can show only what will be accepted. */
  can: { triage: boolean; publish: boolean; comment: boolean; changeStatus: boolean };
}
