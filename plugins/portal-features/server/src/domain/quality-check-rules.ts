/**
 * An inspection's areas: each a name, a rating from 1 (poor) to 5 (excellent) and an optional
 * comment. An inspection reaches clients only once staff have reviewed it and then published it.
 */
export interface InspectionArea {
  name: string;
  rating: number;
  comment?: string;
}

export const AREA_RATINGS = ['Poor', 'Below standard', 'Acceptable', 'Good', 'Excellent'] as const;

const isArea = (value: unknown): value is InspectionArea => {
  if (!value || typeof value !== 'object') return false;
  const area = value as Record<string, unknown>;
  return (
    typeof area.name === 'string' &&
    area.name.trim().length > 0 &&
    area.name.length <= 120 &&
    Number.isInteger(area.rating) &&
    (area.rating as number) >= 1 &&
    (area.rating as number) <= 5 &&
    (area.comment === undefined || area.comment === null || (typeof area.comment === 'string' && area.comment.length <= 2000))
  );
};

/** Why an inspection cannot be saved as it is (field and message), or an empty list. */
export const inspectionProblems = (inspection: { areas: unknown; reviewed: boolean; published: boolean }) => {
  const problems: Array<{ path: string; message: string }> = [];
  const areas = inspection.areas ?? [];
  if (!Array.isArray(areas) || !areas.every(isArea)) {
    problems.push({ path: 'areas', message: 'Each area needs a name and a rating from 1 (poor) to 5 (excellent); comments are optional' });
  }
  if (inspection.published && !inspection.reviewed) {
    problems.push({ path: 'published', message: 'Review the inspection before publishing it to the client' });
  }
  return problems;
};
