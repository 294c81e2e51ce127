/**
 * The five-step satisfaction scale, as the portal words it. `value` is what feedback stores;
 * `score` is what a request's rating stores (1 = Extremely Dissatisfied … 5 = Extremely Satisfied).
 */
export const SATISFACTION = [
  { value: 'extremely-satisfied', score: 5, label: 'Extremely Satisfied' },
  { value: 'satisfied', score: 4, label: 'Satisfied' },
  { value: 'neutral', score: 3, label: 'Neutral' },
  { value: 'dissatisfied', score: 2, label: 'Dissatisfied' },
  { value: 'extremely-dissatisfied', score: 1, label: 'Extremely Dissatisfied' },
] as const;

export const satisfactionLabel = (value: string) => SATISFACTION.find((step) => step.value === value)?.label ?? value;

/** A rating this low reopens the request and alerts management. */
export const reopensRequest = (score: number) => score <= 2;
