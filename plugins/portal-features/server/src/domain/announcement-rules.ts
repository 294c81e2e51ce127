/** Where an announcement is shown: one location, one unit of it, or every location of a customer. */
export type AnnouncementScope = 'location' | 'unit' | 'customer';

export interface AnnouncementTarget {
  scope: AnnouncementScope;
  locationId: number | null;
  unitId: number | null;
  customerId: number | null;
  publishFrom: Date | null;
  publishUntil: Date | null;
}

/** Why an announcement cannot be saved as it is, field by field (empty when it can). */
export const announcementProblems = (target: AnnouncementTarget): Array<{ path: string; message: string }> => {
  const problems: Array<{ path: string; message: string }> = [];
  if (target.scope === 'location' && target.locationId === null) problems.push({ path: 'location', message: 'Choose the location to show it at' });
  if (target.scope === 'unit' && target.unitId === null) problems.push({ path: 'unit', message: 'Choose the unit to show it to' });
  if (target.scope === 'customer' && target.customerId === null) problems.push({ path: 'customer', message: 'Choose the customer whose locations show it' });
  if (target.publishFrom && target.publishUntil && target.publishUntil <= target.publishFrom) {
    problems.push({ path: 'publishUntil', message: 'The end of the publish window must come after its start' });
  }
  return problems;
};

/** Shown now: inside its publish window. */
export const isPublishedAt = (target: Pick<AnnouncementTarget, 'publishFrom' | 'publishUntil'>, now: Date) =>
  target.publishFrom !== null && target.publishFrom <= now && (target.publishUntil === null || now < target.publishUntil);
