import { FEATURES, type FeatureKey } from '../../server/src/features/catalogue';
import type { LocationRow } from './api/client';

export { FEATURES, type FeatureKey };

export type Feature = (typeof FEATURES)[number];

/** The portals around the features, explained as the features are. */
export const PORTALS = {
  location: {
    label: 'Location portal',
    explanation: "The location's whole portal: while it is off, people at the location see none of its features.",
    explanationId: 'portal-features-explanation-location-portal',
  },
  customer: {
    label: 'Customer portal',
    explanation: "The customer's whole portal: while it is off, none of the customer's locations shows any feature.",
    explanationId: 'portal-features-explanation-customer-portal',
  },
} as const;

/** The id of a feature's line in the legend under the grid, which its column header points to. */
export const explanationId = (feature: Feature) => `portal-features-explanation-${feature.key}`;

export const featureLabel = (key: string | null) => FEATURES.find((feature) => feature.key === key)?.label ?? key ?? 'A feature';

/**
 * What a feature's switch means at a location, as the grid shows it: live (people there see it),
 * waiting (switched on, but a portal is off) or off.
 */
export type FeatureState = 'live' | 'waiting' | 'off';

export const featureState = (location: LocationRow, feature: FeatureKey): FeatureState =>
  location.live.includes(feature) ? 'live' : location.features[feature] ? 'waiting' : 'off';

/** Why a location's switched-on features are not live, or null when its portals are on. */
export const portalGap = (location: LocationRow): string | null => {
  const customerOff = !location.customer?.portalEnabled;
  const locationOff = !location.portalEnabled;
  if (!location.customer) return locationOff ? 'the location has no customer and its portal is off' : 'the location has no customer';
  if (customerOff && locationOff) return `both ${location.customer.name}'s portal and the location's portal are off`;
  if (customerOff) return `${location.customer.name}'s portal is off`;
  if (locationOff) return "the location's portal is off";
  return null;
};

/** The sentence a screen reader hears after a feature switch's name and state. */
export const stateSentence = (location: LocationRow, feature: FeatureKey): string => {
  const state = featureState(location, feature);
  if (state === 'live') return `Live: people at ${location.name} see it.`;
  if (state === 'waiting') return `On, but ${portalGap(location) ?? 'a portal is off'}, so nobody sees it yet.`;
  return 'Off.';
};
