/** A moment as the people at a location read it: in the location's own time zone, e.g. "22 Nov 2026, 14:05 GMT". */
export const formatInZone = (iso: string, timezone: string | undefined) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: timezone || 'UTC',
    timeZoneName: 'short',
  }).format(new Date(iso));

export const visibilityLabels: Record<string, string> = {
  management: 'Management only',
  unit: 'People in my unit',
  block: 'Everyone in the building',
  unpublished: 'Not shared',
};
