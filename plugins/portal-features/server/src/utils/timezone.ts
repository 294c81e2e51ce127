/** True for a name the runtime knows as an IANA time zone (e.g. "Europe/London"). */
export const isIanaTimezone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};
