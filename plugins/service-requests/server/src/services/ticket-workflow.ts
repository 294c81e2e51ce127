import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { transition, type TicketEvent, type TicketStatus } from '../domain/ticket-lifecycle';
import type { Visibility } from '../domain/ticket-visibility';
import { actingAs, type ChangeActor } from '../utils/change-actor';
import { getService } from '../utils/get-service';

const TICKET = 'plugin::service-requests.ticket';
const COMMENT = 'plugin::service-requests.ticket-comment';

export interface TriageInput {
  /** documentIds; null clears, undefined leaves as is. */
  type?: string | null;
  priority?: string | null;
  category?: string | null;
  department?: string | null;
  /** An admin user's id. */
  assignee?: number | null;
}

const TRIAGE_TARGETS = {
  type: { uid: 'plugin::service-requests.ticket-type', attribute: 'ticketType', label: 'type' },
  priority: { uid: 'plugin::service-requests.priority', attribute: 'priority', label: 'priority' },
  category: { uid: 'plugin::service-requests.ticket-category', attribute: 'category', label: 'category' },
  department: { uid: 'plugin::service-requests.department', attribute: 'department', label: 'department' },
} as const;

const fieldError = (path: string, message: string) => new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/**
 * What staff do to a ticket from the service desk. Each is one document-service write made as the
 * acting admin, so the ticket rules (gate, transitions, timeline, emails) apply exactly as they do
 * to the content manager; the checks here only give the desk a clearer answer first.
 */
const ticketWorkflow = ({ strapi }: { strapi: Core.Strapi }) => {
  const requireTicket = async (documentId: string) => {
    const ticket = await getService(strapi, 'ticket-changes').read({ documentId });
    if (!ticket) throw new errors.NotFoundError('Ticket not found');
    return ticket;
  };

  const update = (actor: ChangeActor, documentId: string, data: Record<string, unknown>) =>
    actingAs(actor, () => strapi.documents(TICKET as any).update({ documentId, data: data as any }));

  return {
    async changeStatus(args: { documentId: string; event: TicketEvent; actor: ChangeActor }) {
      const ticket = await requireTicket(args.documentId);
      const result = transition(ticket.state as TicketStatus, args.event, args.actor.kind);
      if (!result.allowed) throw fieldError('event', result.reason);
      await update(args.actor, args.documentId, { state: result.to });
    },

    async triage(args: { documentId: string; input: TriageInput; actor: ChangeActor }) {
      await requireTicket(args.documentId);
      const data: Record<string, unknown> = {};
      for (const [field, target] of Object.entries(TRIAGE_TARGETS) as Array<[keyof typeof TRIAGE_TARGETS, (typeof TRIAGE_TARGETS)[keyof typeof TRIAGE_TARGETS]]>) {
        const value = args.input[field];
        if (value === undefined) continue;
        if (value === null) {
          data[target.attribute] = null;
          continue;
        }
        const row = await strapi.db.query(target.uid).findOne({ where: { documentId: value }, select: ['id'] });
        if (!row) throw fieldError(field, `Choose a ${target.label} from the list`);
        data[target.attribute] = row.id;
      }
      if (args.input.assignee !== undefined) {
        if (args.input.assignee !== null) {
          const admin = await strapi.db.query('admin::user').findOne({ where: { id: args.input.assignee, isActive: true }, select: ['id'] });
          if (!admin) throw fieldError('assignee', 'Choose an active member of staff');
        }
        data.assignee = args.input.assignee;
      }
      await update(args.actor, args.documentId, data);
    },

    async setVisibility(args: { documentId: string; visibility: Visibility; actor: ChangeActor }) {
      await requireTicket(args.documentId);
      await update(args.actor, args.documentId, { visibility: args.visibility });
    },

    async addComment(args: { documentId: string; body: string; published: boolean; actor: ChangeActor }) {
      const ticket = await requireTicket(args.documentId);
      await actingAs(args.actor, () =>
        strapi.documents(COMMENT as any).create({
          data: { ticket: ticket.id, body: args.body, authorKind: 'staff', authorAdmin: args.actor.adminId, published: args.published } as any,
        }),
      );
    },

    /** Publishing is one-way: a message the reporter may have read and been emailed stays published. */
    async publishComment(args: { commentDocumentId: string; actor: ChangeActor }): Promise<string> {
      const comment = await strapi.db.query(COMMENT).findOne({
        where: { documentId: args.commentDocumentId },
        select: ['authorKind', 'published'],
        populate: { ticket: { select: ['documentId'] } },
      });
      if (!comment?.ticket) throw new errors.NotFoundError('Message not found');
      if (comment.authorKind !== 'staff') throw fieldError('published', "The reporter's own messages are not published by staff");
      if (!comment.published) {
        await actingAs(args.actor, () => strapi.documents(COMMENT as any).update({ documentId: args.commentDocumentId, data: { published: true } as any }));
      }
      return comment.ticket.documentId as string;
    },
  };
};

export type TicketWorkflowService = ReturnType<typeof ticketWorkflow>;
export default ticketWorkflow;
