/** A supply request is decided once: requested → fulfilled or declined; a decision is final. */
export type SupplyRequestState = 'requested' | 'fulfilled' | 'declined';

const ALLOWED: Record<SupplyRequestState, SupplyRequestState[]> = {
  requested: ['fulfilled', 'declined'],
  fulfilled: [],
  declined: [],
};

export const canMoveSupplyRequest = (from: SupplyRequestState, to: SupplyRequestState) => from === to || ALLOWED[from].includes(to);

/** Why a change is refused, or null when it is allowed. */
export const supplyDecisionProblem = (args: { from: SupplyRequestState; to: SupplyRequestState; staffNote?: string | null }): string | null => {
  if (!canMoveSupplyRequest(args.from, args.to)) return `A ${args.from} supply request cannot become ${args.to}`;
  if (args.from !== args.to && args.to === 'declined' && !args.staffNote?.trim()) return 'Say why the request is declined (staff note)';
  return null;
};
