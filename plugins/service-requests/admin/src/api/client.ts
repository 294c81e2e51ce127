import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Pagination, TicketRow } from '../../../server/src/services/admin-tickets';
import { PLUGIN_ID } from '../plugin-id';

export type { Pagination, TicketRow };

export interface TicketListParams {
  page?: string | number;
  pageSize?: string | number;
  status?: string;
  q?: string;
}

export interface TicketList {
  data: TicketRow[];
  meta: { pagination: Pagination };
}

/** Leaves out empty parameters so the URL only says what the user chose. */
const present = (params: object) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));

/** The plugin's admin API, over Strapi's authenticated fetch client. */
export const useServiceRequestsApi = () => {
  const { get } = useFetchClient();
  return React.useMemo(
    () => ({
      listTickets: (params: TicketListParams, signal?: AbortSignal) =>
        get<TicketList>(`/${PLUGIN_ID}/tickets`, { params: present(params), signal }).then(({ data }) => data),
    }),
    [get],
  );
};

export interface Loadable<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
}

/** Loads one page of tickets; reloads when the parameters change and drops stale answers. */
export const useTickets = (params: TicketListParams): Loadable<TicketList> => {
  const api = useServiceRequestsApi();
  const [state, setState] = React.useState<Loadable<TicketList>>({ data: null, error: null, isLoading: true });
  const key = JSON.stringify(present(params));

  React.useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    api
      .listTickets(JSON.parse(key), controller.signal)
      .then((data) => setState({ data, error: null, isLoading: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error, isLoading: false });
      });
    return () => controller.abort();
  }, [api, key]);

  return state;
};
