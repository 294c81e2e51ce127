/**
 * Times of a work order are shown in its location's timezone, named ("14:30 GMT+1"), since that
 * is where the vendor turns up; the board may be read from anywhere.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatter = (key: string, options: Intl.DateTimeFormatOptions) => {
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(undefined, options);
    formatters.set(key, cached);
  }
  return cached;
};

const safeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
};

/** "12 Mar 2026, 14:30 GMT". */
export const dateTimeIn = (iso: string, timeZone: string) => {
  const zone = safeZone(timeZone);
  return formatter(`dt:${zone}`, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso)) + ` ${zoneName(iso, zone)}`;
};

/** "14:30". */
export const timeIn = (iso: string, timeZone: string) => {
  const zone = safeZone(timeZone);
  return formatter(`t:${zone}`, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));
};

/** The zone's short name at that instant ("GMT", "GMT+1", "EST"). */
export const zoneName = (iso: string, timeZone: string) => {
  const zone = safeZone(timeZone);
  const parts = formatter(`z:${zone}`, { timeZoneName: 'short', timeZone: zone }).formatToParts(new Date(iso));
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
};

/** An appointment: "12 Mar 2026, 09:00–11:00 GMT", or just its start when it has no end. */
export const appointmentIn = (appointment: { start: string; end: string | null }, timeZone: string) => {
  const zone = safeZone(timeZone);
  const start = new Date(appointment.start);
  const day = formatter(`d:${zone}`, { dateStyle: 'medium', timeZone: zone });
  if (!appointment.end) return dateTimeIn(appointment.start, zone);
  const sameDay = day.format(start) === day.format(new Date(appointment.end));
  if (!sameDay) return `${dateTimeIn(appointment.start, zone)} – ${dateTimeIn(appointment.end, zone)}`;
  return `${day.format(start)}, ${timeIn(appointment.start, zone)}–${timeIn(appointment.end, zone)} ${zoneName(appointment.start, zone)}`;
};
