import { DateTime } from 'luxon';

/**
 * Service-level targets. A priority carries two targets in hours: first response and resolution.
 * Due times are computed in the location's timezone: whole days of a target are calendar days
 * (a 24-hour target set at 09:00 is due at 09:00 the next local day, even across a DST change,
 * when that day is 23 or 25 hours long), and the hours left over are elapsed hours. A due time
 * that would fall in the hour skipped by spring-forward moves forward by that hour, as clocks do.
 */
export type SlaState = 'none' | 'on_track' | 'due_soon' | 'breached' | 'met';

export interface SlaTargets {
  firstResponseHours: number;
  resolutionHours: number;
}

/** Less than this share of the target left: due soon. */
export const DUE_SOON_SHARE = 0.25;

export const dueAfter = (start: Date, hours: number, timezone: string): Date => {
  const days = Math.floor(hours / 24);
  return DateTime.fromJSDate(start, { zone: timezone })
    .plus({ days })
    .plus({ hours: hours - days * 24 })
    .toJSDate();
};

export const dueTimes = (start: Date, targets: SlaTargets, timezone: string) => ({
  firstResponseDueAt: dueAfter(start, targets.firstResponseHours, timezone),
  resolutionDueAt: dueAfter(start, targets.resolutionHours, timezone),
});

/** One target's state: met or breached once done; while open, breached, due soon or on track. */
export const targetState = (args: { dueAt: Date | null; doneAt: Date | null; targetHours: number | null; now: Date }): SlaState => {
  const { dueAt, doneAt, targetHours, now } = args;
  if (!dueAt) return 'none';
  if (doneAt) return doneAt <= dueAt ? 'met' : 'breached';
  if (now > dueAt) return 'breached';
  const warnFrom = dueAt.getTime() - (targetHours ?? 0) * 3_600_000 * DUE_SOON_SHARE;
  return now.getTime() >= warnFrom ? 'due_soon' : 'on_track';
};

const severity: Record<SlaState, number> = { none: 0, met: 1, on_track: 2, due_soon: 3, breached: 4 };

/** A ticket's SLA in one word: the worse of its two targets. */
export const worstOf = (...states: SlaState[]): SlaState => states.reduce((worst, state) => (severity[state] > severity[worst] ? state : worst), 'none');
