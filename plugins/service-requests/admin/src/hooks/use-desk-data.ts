import * as React from 'react';
import { useServiceDeskApi, type ServiceDeskApi, type TicketQueueQuery } from '../api/client';

export interface Loadable<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
  /** Loads again; resolves once the answer is shown (or a newer load has taken over). */
  reload: () => Promise<void>;
  /** Shows an answer the server gave elsewhere (a mutation's fresh ticket) without loading again. */
  replace: (data: T) => void;
}

/** Leaves out empty parameters, so two queries that ask the same thing have the same key. */
const present = (params: object) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));

/**
 * Loads `load(api)` and again whenever `key` changes. Only the newest answer is shown, so a slow
 * reply never overwrites a newer one. A failed load of something else (other filters, another
 * ticket) shows no data rather than the wrong data; a failed refresh of the same thing keeps what
 * is on screen, with the error beside it, so a passing network hiccup does not wipe the page.
 */
export const useLoad = <T>(load: (api: ServiceDeskApi, signal: AbortSignal) => Promise<T>, key: string): Loadable<T> => {
  const api = useServiceDeskApi();
  const [state, setState] = React.useState<{ data: T | null; error: unknown; isLoading: boolean }>({
    data: null,
    error: null,
    isLoading: true,
  });
  const latest = React.useRef<AbortController | null>(null);
  const loadRef = React.useRef(load);
  loadRef.current = load;
  const keyRef = React.useRef(key);
  keyRef.current = key;
  /** The key of the data on screen. */
  const shownKey = React.useRef<string | null>(null);

  const reload = React.useCallback(async () => {
    latest.current?.abort();
    const controller = new AbortController();
    latest.current = controller;
    const requestKey = keyRef.current;
    setState((previous) => ({ ...previous, isLoading: true }));
    try {
      const data = await loadRef.current(api, controller.signal);
      if (latest.current !== controller) return;
      shownKey.current = requestKey;
      setState({ data, error: null, isLoading: false });
    } catch (error) {
      if (latest.current !== controller) return;
      const sameThing = shownKey.current === requestKey;
      if (!sameThing) shownKey.current = null;
      setState((previous) => ({ data: sameThing ? previous.data : null, error, isLoading: false }));
    }
  }, [api]);

  const replace = React.useCallback((data: T) => {
    latest.current?.abort();
    latest.current = null;
    shownKey.current = keyRef.current;
    setState({ data, error: null, isLoading: false });
  }, []);

  React.useEffect(() => {
    void reload();
    return () => latest.current?.abort();
  }, [reload, key]);

  return { ...state, reload, replace };
};

export const useTicketQueue = (query: TicketQueueQuery) =>
  useLoad((api, signal) => api.listTickets(query, signal), JSON.stringify(present(query)));

export const useTicket = (documentId: string) => useLoad((api, signal) => api.getTicket(documentId, signal), documentId);

export const useDeskOptionsLoader = () => useLoad((api, signal) => api.getOptions(signal), 'options');
