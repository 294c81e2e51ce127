/**
 * Routing rules send a ticket to a department by its category and location. A rule with both
 * matches before one with only a category, which matches before one with only a location, which
 * matches before a catch-all (neither); among equals the oldest rule wins, so the choice is stable.
 */
export interface RoutingRule {
  id: number;
  categoryId: number | null;
  locationId: number | null;
  departmentId: number;
}

const specificity = (rule: RoutingRule) => (rule.categoryId !== null ? 2 : 0) + (rule.locationId !== null ? 1 : 0);

export const departmentFor = (rules: RoutingRule[], ticket: { categoryId: number | null; locationId: number | null }): number | null => {
  const matching = rules.filter(
    (rule) =>
      (rule.categoryId === null || rule.categoryId === ticket.categoryId) && (rule.locationId === null || rule.locationId === ticket.locationId),
  );
  matching.sort((a, b) => specificity(b) - specificity(a) || a.id - b.id);
  return matching[0]?.departmentId ?? null;
};
