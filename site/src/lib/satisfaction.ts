/** The five-step satisfaction scale, as the portal words it. */
export const SATISFACTION = [
  { value: 'extremely-satisfied', label: 'Extremely Satisfied' },
  { value: 'satisfied', label: 'Satisfied' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'dissatisfied', label: 'Dissatisfied' },
  { value: 'extremely-dissatisfied', label: 'Extremely Dissatisfied' },
] as const;

export const satisfactionLabel = (value: string) => SATISFACTION.find((step) => step.value === value)?.label ?? value;
