import * as React from 'react';
import { Button, Flex, Link, Typography } from '@strapi/design-system';
import { useNotification, useRBAC } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { useServiceDeskApi, type TicketDetail } from '../api/client';
import { useErrorFormatter } from '../hooks/use-error-formatter';
import { DISPATCH_PATH } from '../paths';
import { PERMISSIONS } from '../permissions';
import { Panel } from './panel';

const ERROR_ID = 'service-desk-work-order-error';

interface WorkOrderPanelProps {
  ticket: TicketDetail;
  /** Loads the ticket again, so its timeline shows the new work order. */
  onCreated: () => Promise<void>;
}

/**
 * Hands the request to a vendor: a work order the category's dispatch rule offers to its vendors
 * in turn. Only for admins who may dispatch (the desk's own permissions do not include it); the
 * server says why it refuses (not triaged, no rule for the category, one already under way).
 */
export const WorkOrderPanel = ({ ticket, onCreated }: WorkOrderPanelProps) => {
  const api = useServiceDeskApi();
  const { toggleNotification } = useNotification();
  const formatError = useErrorFormatter();
  const { allowedActions } = useRBAC(PERMISSIONS.dispatchWorkOrders);
  const board = useRBAC(PERMISSIONS.readWorkOrders);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  // A refusal is about this request as it was: another request starts clean.
  React.useEffect(() => setError(null), [ticket.documentId]);

  if (!allowedActions.canDispatch) return null;
  const latest = [...ticket.timeline].reverse().find((entry) => entry.kind === 'work-order' && entry.to);

  const create = async () => {
    setSaving(true);
    setError(null);
    try {
      await api.createWorkOrder(ticket.documentId);
      toggleNotification({ type: 'success', message: 'Work order created: it is offered to the vendors of its dispatch rule.' });
      await onCreated();
    } catch (failure) {
      const message = formatError(failure);
      setError(message);
      toggleNotification({ type: 'danger', title: 'The work order could not be created.', message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel
      id="service-desk-work-order"
      title="Work order"
      description="Send the job to a vendor: the category's dispatch rule offers it to its vendors in turn."
    >
      {latest ? <Typography textColor="neutral800">{`Latest: ${latest.to}`}</Typography> : null}
      <Flex direction="column" alignItems="flex-start" gap={2}>
        <Button onClick={create} loading={saving} aria-describedby={error ? ERROR_ID : undefined}>
          Create work order
        </Button>
        {error ? (
          <Typography id={ERROR_ID} role="alert" variant="pi" textColor="danger600">
            {error}
          </Typography>
        ) : null}
      </Flex>
      {board.allowedActions.canRead ? (
        <Link tag={NavLink} to={DISPATCH_PATH}>
          Open the dispatch board
        </Link>
      ) : null}
    </Panel>
  );
};
