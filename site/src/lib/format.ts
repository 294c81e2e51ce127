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

/** How long between two moments, as a person says it: "3 days 4 hours", "2 hours 5 minutes", "less than a minute". */
export const formatDuration = (fromIso: string, toIso: string) => {
  const minutes = Math.max(0, Math.floor((new Date(toIso).getTime() - new Date(fromIso).getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const part = (count: number, unit: string) => (count > 0 ? `${count} ${unit}${count === 1 ? '' : 's'}` : '');
  const text = days > 0 ? [part(days, 'day'), part(hours, 'hour')] : [part(hours, 'hour'), part(mins, 'minute')];
  return text.filter(Boolean).join(' ') || 'less than a minute';
};

/** A file size as people read it: "840 KB", "2.4 MB". */
export const formatFileSize = (kilobytes: number) => (kilobytes < 1024 ? `${Math.ceil(kilobytes)} KB` : `${(kilobytes / 1024).toFixed(1)} MB`);
