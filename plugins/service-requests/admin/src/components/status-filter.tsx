import { Button, Flex, Typography } from '@strapi/design-system';
import type { TicketStatus } from '../../../server/src/contracts/service-desk';
import { TICKET_STATUSES, statusLabel } from './ticket-labels';

interface StatusFilterProps {
  /** Tickets per status under the other filters; null until the first answer. */
  counts: Record<TicketStatus, number> | null;
  /** '' for every status. */
  value: string;
  onChange: (status: string) => void;
}

/**
 * One button per status with how many tickets it holds, so an agent sees at a glance where work
 * is piling up; the pressed one is the filter.
 */
export const StatusFilter = ({ counts, value, onChange }: StatusFilterProps) => {
  const total = counts ? TICKET_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0) : null;
  const choices = [
    { status: '', label: 'All statuses', count: total },
    ...TICKET_STATUSES.map((status) => ({ status, label: statusLabel(status), count: counts?.[status] ?? null })),
  ];

  return (
    <Flex gap={2} alignItems="center" wrap="wrap" role="group" aria-labelledby="service-desk-status-label">
      <Typography id="service-desk-status-label" variant="pi" fontWeight="bold" textColor="neutral800">
        Status
      </Typography>
      {choices.map(({ status, label, count }) => (
        <Button
          key={status || 'all'}
          size="S"
          variant={value === status ? 'secondary' : 'tertiary'}
          aria-pressed={value === status}
          onClick={() => onChange(status)}
        >
          {count === null ? label : `${label} (${count})`}
        </Button>
      ))}
    </Flex>
  );
};
