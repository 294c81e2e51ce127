import { departmentFor, type RoutingRule } from '../routing';
import { missingForTriage, triageGateRefusal, type GatedTicket } from '../triage-gate';

const PLUMBING = 1;
const HARBOUR = 10;
const rules: RoutingRule[] = [
  { id: 1, categoryId: null, locationId: null, departmentId: 100 },
  { id: 2, categoryId: null, locationId: HARBOUR, departmentId: 200 },
  { id: 3, categoryId: PLUMBING, locationId: null, departmentId: 300 },
  { id: 4, categoryId: PLUMBING, locationId: HARBOUR, departmentId: 400 },
  { id: 5, categoryId: PLUMBING, locationId: HARBOUR, departmentId: 500 },
];

describe('routing a ticket to a department', () => {
  it('picks the most specific rule: category and location, then category, then location, then catch-all', () => {
    expect(departmentFor(rules, { categoryId: PLUMBING, locationId: HARBOUR })).toBe(400);
    expect(departmentFor(rules, { categoryId: PLUMBING, locationId: 99 })).toBe(300);
    expect(departmentFor(rules, { categoryId: 2, locationId: HARBOUR })).toBe(200);
    expect(departmentFor(rules, { categoryId: null, locationId: 99 })).toBe(100);
  });

  it('routes nowhere when no rule matches', () => {
    expect(departmentFor(rules.slice(1), { categoryId: null, locationId: 99 })).toBeNull();
  });
});

const untriaged: GatedTicket = {
  typeId: null,
  priorityId: null,
  state: 'new',
  summary: 'Leak',
  description: 'Under the sink',
  visibility: 'management',
  locationId: 1,
  unitId: 2,
  reporterId: 3,
};

describe('the triage gate', () => {
  it('names what is missing', () => {
    expect(missingForTriage(untriaged)).toEqual(['type', 'priority']);
    expect(missingForTriage({ typeId: 1, priorityId: null })).toEqual(['priority']);
  });

  it('rejects a ticket update before type and priority are set, saying what is missing', () => {
    const refusal = triageGateRefusal(untriaged, { ...untriaged, typeId: 5, visibility: 'block' });
    expect(refusal).toEqual({ message: 'Triage this ticket first: give it a priority before any other change', missing: ['priority'] });
    expect(triageGateRefusal(untriaged, { ...untriaged, state: 'open' })?.missing).toEqual(['type', 'priority']);
  });

  it('accepts the triage itself, with other changes made in the same update', () => {
    expect(triageGateRefusal(untriaged, { ...untriaged, typeId: 5 })).toBeNull();
    expect(triageGateRefusal(untriaged, { ...untriaged, typeId: 5, priorityId: 6, visibility: 'block', summary: 'Leak in flat 2' })).toBeNull();
  });

  it('lets an untriaged ticket be cancelled', () => {
    expect(triageGateRefusal(untriaged, { ...untriaged, state: 'cancelled' })).toBeNull();
  });
});

import { oneStepUp, ratingLabel, reopensTicket } from '../rating';

describe('rating a resolved request', () => {
  const priorities = [
    { id: 1, rank: 10, name: 'Low' },
    { id: 2, rank: 20, name: 'Normal' },
    { id: 3, rank: 30, name: 'Urgent' },
  ];

  it('reopens on Dissatisfied or Extremely Dissatisfied only', () => {
    expect([1, 2, 3, 4, 5].map(reopensTicket)).toEqual([true, true, false, false, false]);
    expect(ratingLabel(2)).toBe('Dissatisfied');
  });

  it('raises the priority one step, keeps the top one, and gives an unprioritised ticket the lowest', () => {
    expect(oneStepUp(priorities, 10)?.name).toBe('Normal');
    expect(oneStepUp(priorities, 30)?.name).toBe('Urgent');
    expect(oneStepUp(priorities, null)?.name).toBe('Low');
    expect(oneStepUp([], 10)).toBeNull();
  });
});
