import { supplyDecisionProblem } from '../supply-request-lifecycle';

describe('deciding a supply request', () => {
  it('fulfils a requested order', () => {
    expect(supplyDecisionProblem({ from: 'requested', to: 'fulfilled' })).toBeNull();
  });

  it('declines a requested order only with a reason', () => {
    expect(supplyDecisionProblem({ from: 'requested', to: 'declined' })).toBe('Say why the request is declined (staff note)');
    expect(supplyDecisionProblem({ from: 'requested', to: 'declined', staffNote: 'Out of stock until May' })).toBeNull();
  });

  it.each([
    ['fulfilled', 'requested'],
    ['fulfilled', 'declined'],
    ['declined', 'fulfilled'],
    ['declined', 'requested'],
  ] as const)('never turns a %s order into %s', (from, to) => {
    expect(supplyDecisionProblem({ from, to, staffNote: 'x' })).toBe(`A ${from} supply request cannot become ${to}`);
  });

  it('lets other fields change without a decision', () => {
    expect(supplyDecisionProblem({ from: 'fulfilled', to: 'fulfilled' })).toBeNull();
  });
});
