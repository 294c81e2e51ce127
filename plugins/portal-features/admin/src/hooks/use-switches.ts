import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { usePortalFeaturesApi, type CustomerRow, type LocationRow } from '../api/client';
import { useErrorFormatter } from '../components/load-error';
import { portalGap, type Feature } from '../features';

/** Which switch a pending change is for: a feature at a location, a location's or a customer's portal. */
export const switchKey = {
  feature: (location: string, feature: string) => `feature:${location}:${feature}`,
  locationPortal: (location: string) => `location-portal:${location}`,
  customerPortal: (customer: string) => `customer-portal:${customer}`,
  customerFeature: (customer: string, feature: string) => `customer-feature:${customer}:${feature}`,
};

interface Change<T> {
  key: string;
  /** The value the switch shows while the server has not answered yet. */
  wanted: boolean;
  send: () => Promise<T>;
  succeeded: (answer: T) => string;
  failed: string;
}

const onOff = (enabled: boolean) => (enabled ? 'on' : 'off');

/**
 * Every switch on the page goes through here: it sends the change, says whether it worked, then
 * reloads what the page shows (`afterChange`) before the switch shows the server's state again, so
 * a failed or partial change never stays on screen. Returns whether the change was saved.
 */
export const useSwitches = ({ afterChange }: { afterChange: () => Promise<unknown> }) => {
  const api = usePortalFeaturesApi();
  const { toggleNotification } = useNotification();
  const formatError = useErrorFormatter();
  const [pending, setPending] = React.useState<Record<string, boolean>>({});
  const inFlight = React.useRef(new Set<string>());

  const change = React.useCallback(
    async <T>({ key, wanted, send, succeeded, failed }: Change<T>): Promise<boolean> => {
      if (inFlight.current.has(key)) return false;
      inFlight.current.add(key);
      setPending((current) => ({ ...current, [key]: wanted }));
      let saved = false;
      try {
        const answer = await send();
        saved = true;
        toggleNotification({ type: 'success', message: succeeded(answer) });
      } catch (error) {
        toggleNotification({ type: 'danger', title: failed, message: formatError(error) });
      }
      await afterChange();
      inFlight.current.delete(key);
      setPending(({ [key]: _done, ...rest }) => rest);
      return saved;
    },
    [afterChange, formatError, toggleNotification],
  );

  return {
    pending,

    setFeature: (location: LocationRow, feature: Feature, enabled: boolean) => {
      const gap = portalGap(location);
      return change({
        key: switchKey.feature(location.documentId, feature.key),
        wanted: enabled,
        send: () => api.setLocationFeature({ location: location.documentId, feature: feature.key, enabled }),
        succeeded: () =>
          `${feature.label} is now ${onOff(enabled)} at ${location.name}` + (enabled && gap ? `, but not live yet: ${gap}.` : '.'),
        failed: `${feature.label} could not be switched ${onOff(enabled)} at ${location.name}.`,
      });
    },

    setLocationPortal: (location: LocationRow, enabled: boolean) =>
      change({
        key: switchKey.locationPortal(location.documentId),
        wanted: enabled,
        send: () => api.setLocationPortal({ location: location.documentId, enabled }),
        succeeded: () => `The portal of ${location.name} is now ${onOff(enabled)}.`,
        failed: `The portal of ${location.name} could not be switched ${onOff(enabled)}.`,
      }),

    setCustomerPortal: (customer: CustomerRow, enabled: boolean) =>
      change({
        key: switchKey.customerPortal(customer.documentId),
        wanted: enabled,
        send: () => api.setCustomerPortal({ customer: customer.documentId, enabled }),
        succeeded: () => `The portal of ${customer.name} is now ${onOff(enabled)}.`,
        failed: `The portal of ${customer.name} could not be switched ${onOff(enabled)}.`,
      }),

    setFeatureForCustomer: (customer: CustomerRow, feature: Feature, enabled: boolean) =>
      change({
        key: switchKey.customerFeature(customer.documentId, feature.key),
        wanted: enabled,
        send: () => api.setCustomerFeature({ customer: customer.documentId, feature: feature.key, enabled }),
        succeeded: (count) =>
          `${feature.label} is now ${onOff(enabled)} at ${count} ${count === 1 ? 'location' : 'locations'} of ${customer.name}.`,
        failed: `${feature.label} could not be switched ${onOff(enabled)} at the locations of ${customer.name}.`,
      }),
  };
};

export type Switches = ReturnType<typeof useSwitches>;
