/**
 * The portal features a location can offer, in the order the admin grid shows them. Each has a
 * one-line explanation for the office admin who switches it. New locations start small: only
 * Service Request and Elapsed Time are on.
 */
export const FEATURES = [
  { key: 'service-request', label: 'Service Request', explanation: 'Residents report problems and follow them to completion.', onForNewLocations: true },
  { key: 'elapsed-time', label: 'Elapsed Time', explanation: 'A request page shows how long the request has been open, or how long it took.', onForNewLocations: true },
  { key: 'supply-request', label: 'Supply Request', explanation: 'Clients order consumables from a preset list; staff fulfil or decline.', onForNewLocations: false },
  { key: 'feedback', label: 'Feedback', explanation: 'Clients leave a rating and a note about the service.', onForNewLocations: false },
  { key: 'quality-checks', label: 'Quality Checks', explanation: 'Shows inspection results to the client once staff have reviewed and published them.', onForNewLocations: false },
  { key: 'whos-working', label: "Who's Working", explanation: 'Shows who is clocked in at the location now, by display name and role.', onForNewLocations: false },
  { key: 'file-storage', label: 'File Storage', explanation: 'Files shared with the location.', onForNewLocations: false },
  { key: 'announcements', label: 'Announcements', explanation: 'News for a location, a unit or all locations of a customer, in a publish window.', onForNewLocations: false },
  { key: 'documents', label: 'Documents', explanation: 'Documents for the location, by category.', onForNewLocations: false },
  { key: 'surveys', label: 'Surveys', explanation: 'Short surveys for the people at the location; one response each.', onForNewLocations: false },
] as const;

export type FeatureKey = (typeof FEATURES)[number]['key'];

export type FeatureSettings = Record<FeatureKey, boolean>;

export const FEATURE_KEYS = FEATURES.map((feature) => feature.key) as FeatureKey[];

export const isFeatureKey = (value: unknown): value is FeatureKey => FEATURE_KEYS.includes(value as FeatureKey);

/** A new location's switches. */
export const defaultFeatureSettings = (): FeatureSettings =>
  Object.fromEntries(FEATURES.map((feature) => [feature.key, feature.onForNewLocations])) as FeatureSettings;

/**
 * The stored switches read safely. A location saved before it had switches gets the defaults, so
 * an upgrade takes nothing away; in saved switches, a feature added since is off, and anything
 * that is not `true` counts as off.
 */
export const readFeatureSettings = (stored: unknown): FeatureSettings => {
  const parsed = typeof stored === 'string' ? safeJson(stored) : stored;
  if (parsed === null || parsed === undefined) return defaultFeatureSettings();
  const source = typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  return Object.fromEntries(FEATURE_KEYS.map((key) => [key, source[key] === true])) as FeatureSettings;
};

export interface PortalSwitches {
  customerPortal: boolean;
  locationPortal: boolean;
  features: FeatureSettings;
}

/** A feature is live only while all three switches are on: the customer's, the location's and its own. */
export const liveFeatures = (switches: PortalSwitches): FeatureKey[] =>
  switches.customerPortal && switches.locationPortal ? FEATURE_KEYS.filter((key) => switches.features[key]) : [];

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
