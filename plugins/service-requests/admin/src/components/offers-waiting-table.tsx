import { Flex, Td, Tr, Typography } from '@strapi/design-system';
import type { OfferWaiting } from '../api/client';
import { BoardTable, CellText } from './board-table';
import { spokenDuration } from './sla';
import { ToneBadge } from './tone-badge';
import { WorkOrderSummary } from './work-order-summary';
import { dateTimeIn } from './zoned-time';

const COLUMNS = ['Vendor', 'Work order', 'Location', 'Offered', 'Deadline'];

/** When the vendor must answer by, in the location's time, and how long they have left. */
const Deadline = ({ deadline, timezone, now }: { deadline: string | null; timezone: string; now: number }) => {
  if (!deadline) return <CellText muted>No deadline</CellText>;
  const left = new Date(deadline).getTime() - now;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <CellText>
        <time dateTime={deadline}>{dateTimeIn(deadline, timezone)}</time>
      </CellText>
      {left >= 0 ? (
        <Typography textColor="neutral800">{`${spokenDuration(left)} left`}</Typography>
      ) : (
        <Flex gap={2} alignItems="center">
          <ToneBadge tone="danger">Overdue</ToneBadge>
          <Typography textColor="danger600">{`by ${spokenDuration(left)}`}</Typography>
        </Flex>
      )}
    </Flex>
  );
};

interface OffersWaitingTableProps {
  offers: OfferWaiting[];
  isLoading: boolean;
  now: number;
}

/** Offers no vendor has answered yet, soonest deadline first. */
export const OffersWaitingTable = ({ offers, isLoading, now }: OffersWaitingTableProps) => (
  <BoardTable
    caption={`${offers.length} ${offers.length === 1 ? 'offer' : 'offers'} waiting for a vendor's answer, soonest deadline first`}
    columns={COLUMNS}
    rowCount={offers.length}
    isLoading={isLoading}
    loadingLabel="Loading offers"
    emptyMessage="No offer is waiting for a vendor's answer."
  >
    {offers.map((offer) => (
      <Tr key={offer.documentId}>
        <Td>
          <CellText muted={!offer.vendor}>{offer.vendor ?? 'Unknown vendor'}</CellText>
        </Td>
        <Td style={{ whiteSpace: 'normal', minWidth: '14rem' }}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography fontWeight="semiBold" textColor="neutral800">
              {offer.workOrder.reference}
            </Typography>
            <WorkOrderSummary order={offer.workOrder} />
          </Flex>
        </Td>
        <Td>
          <CellText muted={!offer.workOrder.location}>{offer.workOrder.location ?? '—'}</CellText>
        </Td>
        <Td>
          {offer.offeredAt ? (
            <CellText>
              <time dateTime={offer.offeredAt}>{dateTimeIn(offer.offeredAt, offer.workOrder.timezone)}</time>
            </CellText>
          ) : (
            <CellText muted>—</CellText>
          )}
        </Td>
        <Td>
          <Deadline deadline={offer.deadline} timezone={offer.workOrder.timezone} now={now} />
        </Td>
      </Tr>
    ))}
  </BoardTable>
);
