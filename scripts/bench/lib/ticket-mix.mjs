/**
 * What the seeded tickets look like, in proportions: a portfolio's two years of service requests,
 * most of them long closed, a few thousand in 100,000 still being worked on. The SQL that draws
 * from these lives in ./ticket-seed-sql.mjs.
 */

/** Days back over which creation times are spread, evenly. */
export const HISTORY_DAYS = 730;
/** Tickets younger than this are mostly still open; older ones are mostly closed. */
export const RECENT_DAYS = 45;

/** State shares among recent and among older tickets. */
export const RECENT_STATES = { new: 0.1, open: 0.35, in_progress: 0.25, on_hold: 0.1, resolved: 0.2 };
export const OLDER_STATES = { closed: 0.88, resolved: 0.05, cancelled: 0.07 };

/**
 * Who reports: the demo tenant a few hundred tickets in 100,000 (so their own requests are a small
 * part of what they see), staff a tenth (no reporter), the bench's residents the rest.
 */
export const TENANT_SHARE = 0.0025;
export const STAFF_SHARE = 0.1;
export const BENCH_RESIDENTS = 2000;

/** Visibility of residents' reports and of staff-raised tickets ('unit' falls back to 'block' without a unit). */
export const RESIDENT_VISIBILITY = { management: 0.6, unit: 0.25, block: 0.15 };
export const STAFF_VISIBILITY = { unpublished: 0.3, block: 0.4, management: 0.3 };

/** Priorities from most to least urgent. */
export const PRIORITY_SHARES_BY_URGENCY = [0.03, 0.17, 0.6, 0.2];

/** Shares of triaged tickets with each relation set; a new ticket is untriaged this often. */
export const CATEGORY_SHARE = 0.9;
export const DEPARTMENT_SHARE = 0.85;
export const ASSIGNEE_SHARE = 0.6;
export const UNTRIAGED_NEW_SHARE = 0.7;
/** Reports about common parts of a building rather than one unit. */
export const COMMON_AREA_SHARE = 0.2;

export const SUMMARIES = [
  'Dripping shower head',
  'No hot water',
  'Radiator cold in the bedroom',
  'Light out on the stairwell',
  'Lift stuck between floors',
  'Front door entry phone not working',
  'Bins not collected',
  'Damp patch on the ceiling',
  'Blocked drain outside',
  'Window will not close',
  'Smoke alarm beeping',
  'Car park barrier broken',
  'Graffiti by the entrance',
  'Noise from the flat above',
  'Leak under the bathroom sink',
  'Garden needs mowing',
];

/**
 * A weighted draw in SQL: `values[width_bucket(r, lowerBounds)]` for r in [0, 1). Returns the
 * values and each one's lower bound, the shares scaled to sum to 1.
 */
export function weighted(shares) {
  const entries = Object.entries(shares);
  const sum = entries.reduce((total, [, share]) => total + share, 0);
  let bound = 0;
  const lowerBounds = entries.map(([, share]) => {
    const lower = bound;
    bound += share / sum;
    return lower;
  });
  return { values: entries.map(([value]) => value), lowerBounds };
}
