/** A ticket's human reference: SR-00042. */
export const ticketReference = (id: number) => `SR-${String(id).padStart(5, '0')}`;

/** The ticket id a search for "SR-00042" (or "sr42") means, if it is one. */
export const idFromReference = (q: string): number | null => {
  const match = /^sr-?(\d{1,9})$/i.exec(q.trim());
  return match ? Number(match[1]) : null;
};
