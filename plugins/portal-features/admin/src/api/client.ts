import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { LocationRow, Pagination } from '../../../server/src/services/admin-locations';
import { PLUGIN_ID } from '../plugin-id';

export type { LocationRow, Pagination };

export interface LocationListParams {
  page?: string | number;
  pageSize?: string | number;
  q?: string;
  customer?: string;
}

export interface LocationList {
  data: LocationRow[];
  meta: { pagination: Pagination };
}

/** Leaves out empty parameters so the URL only says what the user chose. */
const present = (params: object) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));

/** The plugin's admin API, over Strapi's authenticated fetch client. */
export const usePortalFeaturesApi = () => {
  const { get } = useFetchClient();
  return React.useMemo(
    () => ({
      listLocations: (params: LocationListParams, signal?: AbortSignal) =>
        get<LocationList>(`/${PLUGIN_ID}/locations`, { params: present(params), signal }).then(({ data }) => data),
    }),
    [get],
  );
};

export interface Loadable<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
}

/** Loads one page of locations; reloads when the parameters change and drops stale answers. */
export const useLocations = (params: LocationListParams): Loadable<LocationList> => {
  const api = usePortalFeaturesApi();
  const [state, setState] = React.useState<Loadable<LocationList>>({ data: null, error: null, isLoading: true });
  const key = JSON.stringify(present(params));

  React.useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    api
      .listLocations(JSON.parse(key), controller.signal)
      .then((data) => setState({ data, error: null, isLoading: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error, isLoading: false });
      });
    return () => controller.abort();
  }, [api, key]);

  return state;
};
