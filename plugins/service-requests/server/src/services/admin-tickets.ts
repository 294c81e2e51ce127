import type { Core } from '@strapi/strapi';
import ticketSchema from '../content-types/ticket/schema.json';
import { ticketReference } from './ticket-messages';

const TICKET = 'plugin::service-requests.ticket';

/** The ticket statuses, in lifecycle order, as the content type defines them. */
export const TICKET_STATUSES = ticketSchema.attributes.state.enum as [string, ...string[]];

export interface TicketListQuery {
  page: number;
  pageSize: number;
  status?: string;
  /** Part of the summary, any case, or a reference such as SR-00042. */
  q?: string;
}

/** One row of the service desk table. */
export interface TicketRow {
  documentId: string;
  reference: string;
  summary: string;
  status: string;
  type: string;
  priority: string;
  visibility: string;
  location: string | null;
  unit: string | null;
  createdAt: string;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

const ADMIN_POPULATE = {
  location: { fields: ['name'] },
  unit: { fields: ['name'] },
} as const;

/** The ticket id a search for "SR-00042" (or "sr42") means, if it is one. */
export const idFromReference = (q: string): number | null => {
  const match = /^sr-?(\d{1,9})$/i.exec(q.trim());
  return match ? Number(match[1]) : null;
};

export const ticketFilters = (query: Pick<TicketListQuery, 'status' | 'q'>) => {
  const filters: Record<string, unknown> = {};
  if (query.status) filters.state = { $eq: query.status };
  if (query.q) {
    const id = idFromReference(query.q);
    const bySummary = { summary: { $containsi: query.q } };
    Object.assign(filters, id === null ? bySummary : { $or: [bySummary, { id: { $eq: id } }] });
  }
  return filters;
};

export const toTicketRow = (ticket: any): TicketRow => ({
  documentId: ticket.documentId,
  reference: ticketReference(Number(ticket.id)),
  summary: ticket.summary,
  status: ticket.state,
  type: ticket.type,
  priority: ticket.priority,
  visibility: ticket.visibility,
  location: ticket.location?.name ?? null,
  unit: ticket.unit?.name ?? null,
  createdAt: new Date(ticket.createdAt).toISOString(),
});

/** What staff see of tickets on the service desk. */
const adminTickets = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** One page of tickets, newest first. */
  async list(query: TicketListQuery): Promise<{ results: TicketRow[]; pagination: Pagination }> {
    const filters = ticketFilters(query);
    const [rows, total] = await Promise.all([
      strapi.documents(TICKET as any).findMany({
        filters: filters as any,
        populate: ADMIN_POPULATE as any,
        sort: [{ createdAt: 'desc' }, { id: 'desc' }] as any,
        limit: query.pageSize,
        start: (query.page - 1) * query.pageSize,
      }),
      strapi.documents(TICKET as any).count({ filters: filters as any }),
    ]);
    return {
      results: rows.map(toTicketRow),
      pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
    };
  },
});

export type AdminTicketsService = ReturnType<typeof adminTickets>;
export default adminTickets;
