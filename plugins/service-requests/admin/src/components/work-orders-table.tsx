import * as React from 'react';
import { Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { WorkOrderRow } from '../api/client';
import type { WorkOrderActions } from '../hooks/use-work-order-actions';
import { BoardTable, CellText } from './board-table';
import { CancelWorkOrderDialog } from './cancel-work-order-dialog';
import { ToneBadge } from './tone-badge';
import { isCancellable, isRedispatchable, workOrderTone } from './work-order-labels';
import { WorkOrderSummary } from './work-order-summary';
import { appointmentIn } from './zoned-time';

const COLUMNS = ['Reference', 'Summary', 'Status', 'Location', 'Vendor', 'Appointment'];

/** What a dispatcher may do with one work order: send it round again when nobody took it, or cancel it. */
const RowActions = ({ order, actions, onCancel }: { order: WorkOrderRow; actions: WorkOrderActions; onCancel: () => void }) => {
  const canCancel = isCancellable(order.status);
  const canRedispatch = isRedispatchable(order.status);
  if (!canCancel && !canRedispatch) return <CellText muted>None</CellText>;
  return (
    <Flex gap={2}>
      {canRedispatch ? (
        <Button
          size="S"
          variant="secondary"
          loading={actions.busy === `redispatch:${order.documentId}`}
          disabled={actions.busy !== null}
          onClick={() => actions.redispatch(order)}
          aria-label={`Dispatch again ${order.reference}`}
        >
          Dispatch again
        </Button>
      ) : null}
      {canCancel ? (
        <Button
          size="S"
          variant="danger-light"
          disabled={actions.busy !== null}
          onClick={onCancel}
          aria-label={`Cancel ${order.reference}`}
        >
          Cancel
        </Button>
      ) : null}
    </Flex>
  );
};

interface WorkOrdersTableProps {
  rows: WorkOrderRow[];
  isLoading: boolean;
  caption: string;
  emptyMessage: string;
  /** Present when the admin may cancel and re-dispatch. */
  actions: WorkOrderActions | null;
}

/** The work orders in the chosen state, with their appointment in the location's time. */
export const WorkOrdersTable = ({ rows, isLoading, caption, emptyMessage, actions }: WorkOrdersTableProps) => {
  const [cancelling, setCancelling] = React.useState<WorkOrderRow | null>(null);
  const columns = actions ? [...COLUMNS, 'Actions'] : COLUMNS;

  return (
    <>
      <BoardTable
        caption={caption}
        columns={columns}
        rowCount={rows.length}
        isLoading={isLoading}
        loadingLabel="Loading work orders"
        emptyMessage={emptyMessage}
      >
        {rows.map((order) => (
          <Tr key={order.documentId}>
            <Td>
              <Typography fontWeight="semiBold" textColor="neutral800">
                {order.reference}
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal', minWidth: '14rem' }}>
              <WorkOrderSummary order={order} />
            </Td>
            <Td>
              <ToneBadge tone={workOrderTone(order.status)}>{order.statusLabel}</ToneBadge>
            </Td>
            <Td>
              <CellText muted={!order.location}>{order.location ?? '—'}</CellText>
            </Td>
            <Td>
              <CellText muted={!order.vendor}>{order.vendor ?? 'Nobody yet'}</CellText>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <CellText muted={!order.appointment}>{order.appointment ? appointmentIn(order.appointment, order.timezone) : 'Not booked'}</CellText>
            </Td>
            {actions ? (
              <Td>
                <RowActions order={order} actions={actions} onCancel={() => setCancelling(order)} />
              </Td>
            ) : null}
          </Tr>
        ))}
      </BoardTable>
      {cancelling && actions ? <CancelWorkOrderDialog order={cancelling} actions={actions} onClose={() => setCancelling(null)} /> : null}
    </>
  );
};
