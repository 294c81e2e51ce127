import { Button, Flex, Typography } from '@strapi/design-system';
import type { WorkOrderState } from '../api/client';
import { FINAL_STATES, WORK_ORDER_STATES, workOrderStateLabel } from './work-order-labels';

interface WorkOrderStateFilterProps {
  /** Work orders per state; null until the first answer. */
  counts: Record<WorkOrderState, number> | null;
  /** '' for every unfinished work order. */
  value: string;
  onChange: (state: string) => void;
}

/** "Not finished" and one button per state with how many work orders are in it; the pressed one is the filter. */
export const WorkOrderStateFilter = ({ counts, value, onChange }: WorkOrderStateFilterProps) => {
  const unfinished = counts
    ? WORK_ORDER_STATES.filter((state) => !FINAL_STATES.includes(state)).reduce((sum, state) => sum + (counts[state] ?? 0), 0)
    : null;
  const choices = [
    { state: '', label: 'Not finished', count: unfinished },
    ...WORK_ORDER_STATES.map((state) => ({ state, label: workOrderStateLabel(state), count: counts?.[state] ?? null })),
  ];

  return (
    <Flex gap={2} alignItems="center" wrap="wrap" role="group" aria-labelledby="dispatch-board-state-label">
      <Typography id="dispatch-board-state-label" variant="pi" fontWeight="bold" textColor="neutral800">
        State
      </Typography>
      {choices.map(({ state, label, count }) => (
        <Button
          key={state || 'unfinished'}
          size="S"
          variant={value === state ? 'secondary' : 'tertiary'}
          aria-pressed={value === state}
          onClick={() => onChange(state)}
        >
          {count === null ? label : `${label} (${count})`}
        </Button>
      ))}
    </Flex>
  );
};
