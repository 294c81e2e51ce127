/**
 * Rating a resolved request, on the same five-step scale as Feedback: 1 Extremely Dissatisfied …
 * 5 Extremely Satisfied. Dissatisfied or worse means the problem is not really solved: the request
 * reopens one priority step higher and the managers are alerted.
 */
const LABELS = ['Extremely Dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Extremely Satisfied'] as const;

export const ratingLabel = (rating: number) => LABELS[rating - 1] ?? String(rating);

export const reopensTicket = (rating: number) => rating <= 2;

/** The next priority up from `currentRank` (higher rank is more urgent); the top one stays; none becomes the lowest. */
export const oneStepUp = <P extends { id: number; rank: number }>(priorities: P[], currentRank: number | null): P | null => {
  const ascending = [...priorities].sort((a, b) => a.rank - b.rank);
  if (ascending.length === 0) return null;
  if (currentRank === null) return ascending[0];
  return ascending.find((priority) => priority.rank > currentRank) ?? ascending.find((priority) => priority.rank === currentRank) ?? ascending[ascending.length - 1];
};
