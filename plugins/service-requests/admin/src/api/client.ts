import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  DeskOptions,
  TicketDetail,
  TicketEvent,
  TicketQueue,
  TicketQueueQuery,
  Visibility,
} from '../../../server/src/contracts/service-desk';
import { PLUGIN_ID } from '../plugin-id';
import type { DispatchBoard, DispatchBoardQuery } from './dispatch-board';

export type { DispatchBoard, DispatchBoardQuery, OfferWaiting, WorkOrderRow, WorkOrderState } from './dispatch-board';

export type {
  CommentView,
  DeskOptions,
  FileView,
  Named,
  Pagination,
  PriorityOption,
  QueueRow,
  SlaState,
  SlaView,
  StaffMember,
  TicketDetail,
  TicketEvent,
  TicketQueue,
  TicketQueueQuery,
  TicketStatus,
  TimelineEntry,
  Visibility,
} from '../../../server/src/contracts/service-desk';

/** What triage sets: documentIds of the options and the assignee's admin id; null clears a field, absent leaves it. */
export interface TriageChange {
  type?: string | null;
  priority?: string | null;
  category?: string | null;
  department?: string | null;
  assignee?: number | null;
}

/** Leaves out empty parameters so a request only says what the user chose. */
const present = (params: object) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));

const path = (...segments: string[]) => `/${PLUGIN_ID}/${segments.map(encodeURIComponent).join('/')}`;

/** Every mutation answers with the ticket as it now is. */
type TicketAnswer = { data: TicketDetail };

/** What the work-order actions answer with. */
type WorkOrderAnswer = { data: { documentId: string } };

/**
 * The plugin's admin API, over Strapi's authenticated fetch client: the service desk (the contract
 * in server/src/contracts/service-desk.ts) and the dispatch board (./dispatch-board.ts).
 */
export const useServiceDeskApi = () => {
  const { get, put, post } = useFetchClient();
  return React.useMemo(
    () => ({
      listTickets: (query: TicketQueueQuery, signal?: AbortSignal) =>
        get<TicketQueue>(path('tickets'), { params: present(query), signal }).then(({ data }) => data),
      getTicket: (documentId: string, signal?: AbortSignal) =>
        get<TicketAnswer>(path('tickets', documentId), { signal }).then(({ data }) => data.data),
      getOptions: (signal?: AbortSignal) => get<{ data: DeskOptions }>(path('options'), { signal }).then(({ data }) => data.data),

      triage: (documentId: string, change: TriageChange) =>
        put<TicketAnswer>(path('tickets', documentId, 'triage'), change).then(({ data }) => data.data),
      setVisibility: (documentId: string, visibility: Visibility) =>
        put<TicketAnswer>(path('tickets', documentId, 'visibility'), { visibility }).then(({ data }) => data.data),
      transition: (documentId: string, change: { event: TicketEvent; note?: string }) =>
        post<TicketAnswer>(path('tickets', documentId, 'transitions'), present(change)).then(({ data }) => data.data),
      addComment: (documentId: string, comment: { body: string; published: boolean }) =>
        post<TicketAnswer>(path('tickets', documentId, 'comments'), comment).then(({ data }) => data.data),
      publishComment: (commentId: string) =>
        put<TicketAnswer>(path('comments', commentId, 'published'), { published: true }).then(({ data }) => data.data),

      getDispatchBoard: (query: DispatchBoardQuery, signal?: AbortSignal) =>
        get<{ data: DispatchBoard }>(path('work-orders'), { params: present(query), signal }).then(({ data }) => data.data),
      createWorkOrder: (ticketDocumentId: string) =>
        post<WorkOrderAnswer>(path('tickets', ticketDocumentId, 'work-orders'), {}).then(({ data }) => data.data),
      cancelWorkOrder: (documentId: string) =>
        post<WorkOrderAnswer>(path('work-orders', documentId, 'cancel'), {}).then(({ data }) => data.data),
      redispatchWorkOrder: (documentId: string) =>
        post<WorkOrderAnswer>(path('work-orders', documentId, 'redispatch'), {}).then(({ data }) => data.data),
    }),
    [get, put, post],
  );
};

export type ServiceDeskApi = ReturnType<typeof useServiceDeskApi>;
