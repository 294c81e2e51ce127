import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Actor } from '../domain/ticket-lifecycle';

/** Who is changing a ticket, and why: what the timeline records beside each change. */
export interface ChangeActor {
  kind: Actor;
  name: string;
  adminId: number | null;
  note: string | null;
  /** Email addresses the caller has already told of this change (they are not told twice). */
  informed?: string[];
}

const storage = new AsyncLocalStorage<ChangeActor>();

/**
 * Runs `work` as `actor`: the ticket rules read it to check the transition and to record who
 * did it. A plain write (the content manager, a script) carries none; see `currentActor`.
 */
export const actingAs = <T>(actor: ChangeActor, work: () => Promise<T>): Promise<T> => storage.run(actor, work);

/** The admin user behind the current request, as a staff actor, if there is one. */
export const staffActorFrom = (user: { id?: number; email?: string; firstname?: string | null; lastname?: string | null } | undefined, note: string | null = null): ChangeActor | null => {
  if (!user?.id || !user.email) return null;
  return { kind: 'staff', name: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email, adminId: user.id, note };
};

export const SYSTEM_ACTOR: ChangeActor = { kind: 'system', name: 'the system', adminId: null, note: null };

/**
 * The actor of the write in progress: the one set by `actingAs`, else the admin behind the request
 * (the content manager), else the system. A portal user never writes tickets directly: the portal
 * routes go through services that set the reporter as actor.
 */
export const currentActor = (strapi: Core.Strapi): ChangeActor => {
  const explicit = storage.getStore();
  if (explicit) return explicit;
  const ctx = strapi.requestContext.get() as any;
  const isAdmin = ctx?.state?.auth?.strategy?.name === 'admin';
  return (isAdmin && staffActorFrom(ctx.state.user)) || SYSTEM_ACTOR;
};
