import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { useServiceDeskApi, type WorkOrderRow } from '../api/client';
import { useErrorFormatter } from './use-error-formatter';

/** Which action is under way, so only its button shows progress: "cancel:<documentId>". */
export type WorkOrderActionKey = `${'cancel' | 'redispatch'}:${string}`;

/**
 * The dispatcher's actions on a work order. Each says whether it worked in the server's words,
 * and the board is loaded again either way: a refusal usually means the work order moved on.
 */
export const useWorkOrderActions = (reload: () => Promise<void>) => {
  const api = useServiceDeskApi();
  const { toggleNotification } = useNotification();
  const formatError = useErrorFormatter();
  const [busy, setBusy] = React.useState<WorkOrderActionKey | null>(null);

  const run = React.useCallback(
    async (args: { key: WorkOrderActionKey; send: () => Promise<unknown>; succeeded: string; failed: string }) => {
      setBusy(args.key);
      try {
        await args.send();
        toggleNotification({ type: 'success', message: args.succeeded });
        return true;
      } catch (error) {
        toggleNotification({ type: 'danger', title: args.failed, message: formatError(error) });
        return false;
      } finally {
        await reload();
        setBusy(null);
      }
    },
    [formatError, reload, toggleNotification],
  );

  return {
    busy,
    cancel: (order: WorkOrderRow) =>
      run({
        key: `cancel:${order.documentId}`,
        send: () => api.cancelWorkOrder(order.documentId),
        succeeded: `${order.reference} is cancelled.`,
        failed: `${order.reference} could not be cancelled.`,
      }),
    redispatch: (order: WorkOrderRow) =>
      run({
        key: `redispatch:${order.documentId}`,
        send: () => api.redispatchWorkOrder(order.documentId),
        succeeded: `${order.reference} is being offered to the vendors again.`,
        failed: `${order.reference} could not be dispatched again.`,
      }),
  };
};

export type WorkOrderActions = ReturnType<typeof useWorkOrderActions>;
