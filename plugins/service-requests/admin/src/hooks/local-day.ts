/** A calendar day in the admin's own timezone, as the URL carries it: "2026-03-12". */
export type DayKey = string;

const pad = (value: number) => String(value).padStart(2, '0');

export const dayKeyOf = (date: Date): DayKey => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The local midnight that starts the day, or null for something that is not a day. */
export const startOfDay = (key: DayKey): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayKeyOf(date) === key ? date : null;
};

/** The day `days` after (or before) this one, counted in calendar days so a clock change does not skip one. */
export const addDays = (key: DayKey, days: number): DayKey => {
  const start = startOfDay(key) ?? new Date();
  return dayKeyOf(new Date(start.getFullYear(), start.getMonth(), start.getDate() + days));
};

/** The day's bounds as ISO instants: from its local midnight up to (not including) the next one. */
export const dayBounds = (key: DayKey) => {
  const start = startOfDay(key) ?? new Date(new Date().setHours(0, 0, 0, 0));
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  return { from: start.toISOString(), to: end.toISOString() };
};

const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** "Thursday, 12 March 2026". */
export const dayLabel = (key: DayKey) => longDay.format(startOfDay(key) ?? new Date());
