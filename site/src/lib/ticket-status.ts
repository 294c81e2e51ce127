/** A request's status as residents read it. "new" is "Received": nobody has looked at it yet. */
export const STATUS_LABELS: Record<string, string> = {
  new: 'Received',
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;

/** Statuses in which management is still working towards a resolution, so a due time still matters. */
const STILL_OPEN = new Set(['new', 'open', 'in_progress', 'on_hold']);

export const isStillOpen = (status: string) => STILL_OPEN.has(status);
