import type { Core } from '@strapi/strapi';
import type { ChangeActor } from '../utils/change-actor';

const EVENT = 'plugin::service-requests.ticket-event';

export type TimelineKind = 'created' | 'status' | 'triage' | 'routed' | 'visibility' | 'comment-published' | 'rating' | 'work-order';

export interface TimelineRecord {
  ticketId: number;
  kind: TimelineKind;
  from?: string | null;
  to?: string | null;
  note?: string | null;
  actor: ChangeActor;
}

/** The ticket's timeline: one row per change, with who and when, written in the change's transaction. */
const ticketTimeline = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Records one entry; returns its documentId, which names the emails the change causes. */
  async record(entry: TimelineRecord): Promise<string> {
    const created = await strapi.db.query(EVENT).create({
      data: {
        ticket: entry.ticketId,
        kind: entry.kind,
        fromValue: entry.from ?? null,
        toValue: entry.to ?? null,
        note: entry.note ?? null,
        actorKind: entry.actor.kind,
        actorName: entry.actor.name,
        actorAdminId: entry.actor.adminId,
      },
    });
    return created.documentId;
  },

  /** Every entry of a ticket, oldest first. */
  async entriesOf(ticketId: number) {
    return strapi.db.query(EVENT).findMany({
      where: { ticket: { id: ticketId } },
      select: ['kind', 'fromValue', 'toValue', 'note', 'actorKind', 'actorName', 'createdAt'],
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }) as Promise<Array<{ kind: TimelineKind; fromValue: string | null; toValue: string | null; note: string | null; actorKind: string; actorName: string | null; createdAt: string }>>;
  },
});

export type TicketTimelineService = ReturnType<typeof ticketTimeline>;
export default ticketTimeline;
