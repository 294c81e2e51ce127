import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import type { TicketEvent } from '../domain/ticket-lifecycle';
import { idFromReference } from '../domain/ticket-reference';
import { ACTIONS } from '../permissions/actions';
import { staffActorFrom } from '../utils/change-actor';
import { getService } from '../utils/get-service';
import { fieldErrors } from '../validation/report-problem';
import { commentSchema, publishSchema, queueQuerySchema, transitionSchema, triageSchema, visibilitySchema } from '../validation/service-desk';

const parse = <T extends z.ZodTypeAny>(schema: T, value: unknown, message = 'Some fields need attention'): z.infer<T> => {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw new errors.ValidationError(message, { errors: fieldErrors(parsed.error) });
  return parsed.data;
};

/** The admin behind the request, as the actor the timeline records. */
const actorOf = (ctx: any, note: string | null = null) => {
  const actor = staffActorFrom(ctx.state.user, note);
  if (!actor) throw new errors.UnauthorizedError('Log in to continue');
  return actor;
};

/**
 * Admin panel: the service desk. The route's policies have checked the admin's permission for the
 * action; every change answers with the ticket as it now is, so the page shows what was saved.
 */
const serviceDesk = ({ strapi }: { strapi: Core.Strapi }) => {
  const desk = () => getService(strapi, 'service-desk');
  const workflow = () => getService(strapi, 'ticket-workflow');
  const respondWithTicket = async (ctx: any, documentId: string) => {
    ctx.body = { data: await desk().ticket(documentId) };
  };

  return {
    /** GET /tickets?page&pageSize&status&priority&category&location&department&sla&assignee&q&sort */
    async queue(ctx: any) {
      const query = parse(queueQuerySchema, ctx.query, 'Invalid query parameters');
      const id = query.q ? idFromReference(query.q) : null;
      const filters = {
        status: query.status,
        priority: query.priority,
        category: query.category,
        location: query.location,
        department: query.department,
        sla: query.sla,
        assignee: query.assignee === 'me' ? { id: ctx.state.user.id as number } : query.assignee,
        text: query.q,
        id: id ?? undefined,
      };
      ctx.body = await desk().queue({ filters, sort: query.sort, page: query.page, pageSize: query.pageSize });
    },

    async findOne(ctx: any) {
      await respondWithTicket(ctx, String(ctx.params.documentId));
    },

    async options(ctx: any) {
      const ability = ctx.state.userAbility;
      const can = (action: string) => Boolean(ability?.can(action));
      ctx.body = {
        data: await desk().options({
          triage: can(ACTIONS.triageTickets),
          publish: can(ACTIONS.publishTickets),
          comment: can(ACTIONS.commentOnTickets),
          changeStatus: can(ACTIONS.changeTicketStatus),
        }),
      };
    },

    async triage(ctx: any) {
      const documentId = String(ctx.params.documentId);
      await workflow().triage({ documentId, input: parse(triageSchema, ctx.request.body), actor: actorOf(ctx) });
      await respondWithTicket(ctx, documentId);
    },

    async setVisibility(ctx: any) {
      const documentId = String(ctx.params.documentId);
      const { visibility } = parse(visibilitySchema, ctx.request.body);
      await workflow().setVisibility({ documentId, visibility, actor: actorOf(ctx) });
      await respondWithTicket(ctx, documentId);
    },

    async changeStatus(ctx: any) {
      const documentId = String(ctx.params.documentId);
      const { event, note } = parse(transitionSchema, ctx.request.body);
      await workflow().changeStatus({ documentId, event: event as TicketEvent, actor: actorOf(ctx, note) });
      await respondWithTicket(ctx, documentId);
    },

    async addComment(ctx: any) {
      const documentId = String(ctx.params.documentId);
      const { body, published } = parse(commentSchema, ctx.request.body);
      // Publishing needs its own permission; an internal note needs only the comment one.
      if (published && !ctx.state.userAbility?.can(ACTIONS.publishTickets)) {
        throw new errors.ForbiddenError('You may add internal messages but not publish them to the portal');
      }
      await workflow().addComment({ documentId, body, published, actor: actorOf(ctx) });
      ctx.status = 201;
      await respondWithTicket(ctx, documentId);
    },

    async publishComment(ctx: any) {
      parse(publishSchema, ctx.request.body);
      const ticketDocumentId = await workflow().publishComment({ commentDocumentId: String(ctx.params.documentId), actor: actorOf(ctx) });
      await respondWithTicket(ctx, ticketDocumentId);
    },
  };
};

export default serviceDesk;
