import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import {
  useServiceDeskApi,
  type ServiceDeskApi,
  type TicketDetail,
  type TicketEvent,
  type TriageChange,
  type Visibility,
} from '../api/client';
import { statusLabel, visibilityLabel } from '../components/ticket-labels';
import type { Loadable } from './use-desk-data';
import { fieldErrorsOf, statusOf, useErrorFormatter } from './use-error-formatter';

/** Which change is being saved, so only its button shows progress. */
export type ChangeKey = 'triage' | 'visibility' | 'comment' | `transition:${TicketEvent}` | `publish:${string}`;

export type ChangeResult = { saved: true } | { saved: false; fieldErrors: Record<string, string> };

interface Change {
  key: ChangeKey;
  send: (api: ServiceDeskApi, documentId: string) => Promise<TicketDetail>;
  succeeded: (fresh: TicketDetail) => string;
  failed: string;
}

/**
 * Every change on the ticket view goes through here: it sends the change, shows the fresh ticket
 * the server answers with, and says whether it worked. A refusal's per-field messages go back to
 * the form that sent it; when the ticket changed meanwhile (409) it is loaded again so the agent
 * sees what is true now.
 */
export const useTicketChanges = (ticket: Loadable<TicketDetail>) => {
  const api = useServiceDeskApi();
  const { toggleNotification } = useNotification();
  const formatError = useErrorFormatter();
  const [saving, setSaving] = React.useState<ChangeKey | null>(null);
  const documentId = ticket.data?.documentId;
  const { replace, reload } = ticket;

  const change = React.useCallback(
    async ({ key, send, succeeded, failed }: Change): Promise<ChangeResult> => {
      if (!documentId) return { saved: false, fieldErrors: {} };
      setSaving(key);
      try {
        const fresh = await send(api, documentId);
        replace(fresh);
        toggleNotification({ type: 'success', message: succeeded(fresh) });
        return { saved: true };
      } catch (error) {
        toggleNotification({ type: 'danger', title: failed, message: formatError(error) });
        if (statusOf(error) === 409) await reload();
        return { saved: false, fieldErrors: fieldErrorsOf(error) };
      } finally {
        setSaving(null);
      }
    },
    [api, documentId, formatError, reload, replace, toggleNotification],
  );

  return {
    saving,

    triage: (triage: TriageChange) =>
      change({
        key: 'triage',
        send: (client, id) => client.triage(id, triage),
        succeeded: (fresh) => `Triage saved. The request is ${statusLabel(fresh.status).toLowerCase()}.`,
        failed: 'The triage could not be saved.',
      }),

    setVisibility: (visibility: Visibility) =>
      change({
        key: 'visibility',
        send: (client, id) => client.setVisibility(id, visibility),
        succeeded: () => `Visibility is now “${visibilityLabel(visibility)}”.`,
        failed: 'The visibility could not be changed.',
      }),

    transition: (args: { event: TicketEvent; label: string; note: string }) =>
      change({
        key: `transition:${args.event}`,
        send: (client, id) => client.transition(id, { event: args.event, note: args.note.trim() || undefined }),
        succeeded: (fresh) => `${args.label}: the request is now ${statusLabel(fresh.status).toLowerCase()}.`,
        failed: `“${args.label}” could not be done.`,
      }),

    addComment: (comment: { body: string; published: boolean }) =>
      change({
        key: 'comment',
        send: (client, id) => client.addComment(id, comment),
        succeeded: () => (comment.published ? 'Comment added and published to the portal.' : 'Internal comment added.'),
        failed: 'The comment could not be added.',
      }),

    publishComment: (commentId: string) =>
      change({
        key: `publish:${commentId}`,
        send: (client) => client.publishComment(commentId),
        succeeded: () => 'Comment published to the portal.',
        failed: 'The comment could not be published.',
      }),
  };
};

export type TicketChanges = ReturnType<typeof useTicketChanges>;
