import { FINAL_STATES, WORK_ORDER_STATES, workOrderStateLabel } from '../../../server/src/domain/work-order-lifecycle';
import type { WorkOrderState } from '../api/client';
import type { Tone } from './tone-badge';

/** The work-order states in lifecycle order, and those nothing leaves, as the server's transition table has them. */
export { FINAL_STATES, WORK_ORDER_STATES, workOrderStateLabel };

const TONES: Record<WorkOrderState, Tone> = {
  dispatching: 'secondary',
  offered: 'secondary',
  accepted: 'primary',
  scheduled: 'primary',
  in_progress: 'alternative',
  completed: 'success',
  not_done: 'warning',
  awaiting_approval: 'warning',
  rejected: 'neutral',
  unassigned: 'danger',
  cancelled: 'neutral',
};

export const workOrderTone = (state: string): Tone => TONES[state as WorkOrderState] ?? 'neutral';

/** Staff may cancel anything not finished. */
export const isCancellable = (state: string) => !FINAL_STATES.includes(state as WorkOrderState);

/** Only a work order no vendor took can be sent round the vendors again. */
export const isRedispatchable = (state: string) => state === 'unassigned';
