/** The five-step satisfaction scale used for feedback (and, later, for rating a resolved request). */
export const SATISFACTION_SCALE = [
  { value: 'extremely-dissatisfied', label: 'Extremely Dissatisfied', score: 1 },
  { value: 'dissatisfied', label: 'Dissatisfied', score: 2 },
  { value: 'neutral', label: 'Neutral', score: 3 },
  { value: 'satisfied', label: 'Satisfied', score: 4 },
  { value: 'extremely-satisfied', label: 'Extremely Satisfied', score: 5 },
] as const;

export type Satisfaction = (typeof SATISFACTION_SCALE)[number]['value'];

export const SATISFACTION_VALUES = SATISFACTION_SCALE.map((step) => step.value) as [Satisfaction, ...Satisfaction[]];

export const scoreOf = (value: Satisfaction) => SATISFACTION_SCALE.find((step) => step.value === value)!.score;

export interface Rated {
  rating: Satisfaction;
  at: Date;
}

export interface SatisfactionSummary {
  count: number;
  /** Mean score from 1 (Extremely Dissatisfied) to 5 (Extremely Satisfied), one decimal; null with no feedback. */
  average: number | null;
  /** The mean of the last 30 days against the 30 days before: a change of 0.25 or more counts. */
  trend: 'improving' | 'worsening' | 'steady' | 'not enough feedback';
  /** Mean per calendar month (UTC), oldest first, for the months that have feedback. */
  byMonth: Array<{ month: string; average: number; count: number }>;
}

const DAY = 24 * 60 * 60 * 1000;
const mean = (scores: number[]) => (scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length);
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export const summarize = (entries: Rated[], now: Date): SatisfactionSummary => {
  const scores = entries.map((entry) => scoreOf(entry.rating));
  const average = mean(scores);
  const within = (fromDays: number, toDays: number) =>
    entries.filter((entry) => entry.at.getTime() > now.getTime() - fromDays * DAY && entry.at.getTime() <= now.getTime() - toDays * DAY).map((entry) => scoreOf(entry.rating));
  const recent = mean(within(30, 0));
  const before = mean(within(60, 30));
  const trend =
    recent === null || before === null ? 'not enough feedback' : recent - before >= 0.25 ? 'improving' : before - recent >= 0.25 ? 'worsening' : 'steady';
  const months = new Map<string, number[]>();
  for (const entry of entries) {
    const month = entry.at.toISOString().slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), scoreOf(entry.rating)]);
  }
  const byMonth = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, monthScores]) => ({ month, average: oneDecimal(mean(monthScores)!), count: monthScores.length }));
  return { count: entries.length, average: average === null ? null : oneDecimal(average), trend, byMonth };
};
