/** A moment as the people at a location read it: in the location's own time zone. */
export const formatInZone = (iso: string, timezone: string | undefined) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: timezone || 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso));

export const visibilityLabels: Record<string, string> = {
  management: 'Management only',
  unit: 'People in my unit',
  block: 'Everyone in the building',
  unpublished: 'Not shared',
};
