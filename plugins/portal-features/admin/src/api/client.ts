import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { FeatureKey } from '../../../server/src/features/catalogue';
import type { LocationRow, Pagination } from '../../../server/src/services/admin-locations';
import type { HistoryEntry } from '../../../server/src/services/features';
import type { Satisfaction, SatisfactionSummary } from '../../../server/src/domain/satisfaction';
import type { QuestionResult } from '../../../server/src/domain/survey-rules';
import { PLUGIN_ID } from '../plugin-id';

export type { HistoryEntry, LocationRow, Pagination, QuestionResult, SatisfactionSummary };

export interface LocationListParams {
  page?: string | number;
  pageSize?: string | number;
  q?: string;
  customer?: string;
}

export interface HistoryParams {
  location?: string;
  page?: number;
  pageSize?: number;
}

export interface CustomerRow {
  documentId: string;
  name: string;
  portalEnabled: boolean;
}

export interface Paged<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export type LocationList = Paged<LocationRow>;
export type HistoryPage = Paged<HistoryEntry>;

export interface FeedbackParams {
  location: string;
  page?: string | number;
  pageSize?: string | number;
}

export interface FeedbackEntry {
  documentId: string;
  rating: Satisfaction;
  note: string | null;
  createdAt: string;
  author: string;
}

export interface FeedbackPage {
  data: FeedbackEntry[];
  meta: { pagination: Pagination; summary: SatisfactionSummary; location: { documentId: string; name: string } };
}

export interface SurveyRow {
  documentId: string;
  title: string;
  opensAt: string | null;
  closesAt: string | null;
}

export interface SurveyResults {
  survey: { documentId: string; title: string };
  responses: number;
  questions: QuestionResult[];
}

/** Leaves out empty parameters so the URL only says what the user chose. */
const present = (params: object) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== ''));

const path = (...segments: string[]) => `/${PLUGIN_ID}/${segments.map(encodeURIComponent).join('/')}`;

/** Surveys are edited in the content manager; its list is the picker's source. */
const SURVEYS_IN_CONTENT_MANAGER = '/content-manager/collection-types/plugin::portal-features.survey';

/** The plugin's admin API, over Strapi's authenticated fetch client. */
export const usePortalFeaturesApi = () => {
  const { get, put } = useFetchClient();
  return React.useMemo(
    () => ({
      listLocations: (params: LocationListParams) =>
        get<LocationList>(path('locations'), { params: present(params) }).then(({ data }) => data),
      listCustomers: () => get<{ data: CustomerRow[] }>(path('customers')).then(({ data }) => data.data),
      history: (params: HistoryParams) => get<HistoryPage>(path('history'), { params: present(params) }).then(({ data }) => data),
      /** How many locations a customer has, whatever the grid's search shows. */
      countLocationsOf: (customer: string) =>
        get<LocationList>(path('locations'), { params: { customer, pageSize: 1 } }).then(({ data }) => data.meta.pagination.total),
      /** A location's feedback, newest first, with its average, trend and monthly means. */
      feedbackAt: (params: FeedbackParams) => get<FeedbackPage>(path('feedback'), { params: present(params) }).then(({ data }) => data),
      /** The newest surveys first (the picker offers the first hundred). */
      listSurveys: () =>
        get<{ results: SurveyRow[] }>(SURVEYS_IN_CONTENT_MANAGER, { params: { page: 1, pageSize: 100, sort: 'opensAt:DESC' } }).then(
          ({ data }) => data.results,
        ),
      surveyResults: (survey: string) => get<{ data: SurveyResults }>(path('surveys', survey, 'results')).then(({ data }) => data.data),

      setLocationFeature: (args: { location: string; feature: FeatureKey; enabled: boolean }) =>
        put(path('locations', args.location, 'features', args.feature), { enabled: args.enabled }),
      /** Answers how many locations were switched. */
      setCustomerFeature: (args: { customer: string; feature: FeatureKey; enabled: boolean }) =>
        put<{ data: { locations: number } }>(path('customers', args.customer, 'features', args.feature), { enabled: args.enabled }).then(
          ({ data }) => data.data.locations,
        ),
      setLocationPortal: (args: { location: string; enabled: boolean }) =>
        put(path('locations', args.location, 'portal'), { enabled: args.enabled }),
      setCustomerPortal: (args: { customer: string; enabled: boolean }) =>
        put(path('customers', args.customer, 'portal'), { enabled: args.enabled }),
    }),
    [get, put],
  );
};

export type PortalFeaturesApi = ReturnType<typeof usePortalFeaturesApi>;

export interface Loadable<T> {
  data: T | null;
  error: unknown;
  isLoading: boolean;
  /** Loads again; resolves once the answer is shown (or a newer load has taken over). */
  reload: () => Promise<void>;
}

/**
 * Loads `load(api)` and again whenever `key` changes. Only the newest answer is shown, so a slow
 * reply never overwrites a newer one; a failed load shows no data rather than stale data.
 */
const useLoad = <T>(load: (api: PortalFeaturesApi) => Promise<T>, key: string): Loadable<T> => {
  const api = usePortalFeaturesApi();
  const [state, setState] = React.useState<Omit<Loadable<T>, 'reload'>>({ data: null, error: null, isLoading: true });
  const latest = React.useRef(0);
  const loadRef = React.useRef(load);
  loadRef.current = load;

  const reload = React.useCallback(async () => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, isLoading: true }));
    try {
      const data = await loadRef.current(api);
      if (request === latest.current) setState({ data, error: null, isLoading: false });
    } catch (error) {
      if (request === latest.current) setState({ data: null, error, isLoading: false });
    }
  }, [api]);

  React.useEffect(() => {
    void reload();
  }, [reload, key]);

  return { ...state, reload };
};

export const useLocations = (params: LocationListParams) => useLoad((api) => api.listLocations(params), JSON.stringify(present(params)));

export const useCustomers = () => useLoad((api) => api.listCustomers(), 'customers');

/** How many locations the chosen customer has (null when none is chosen). */
export const useCustomerLocationCount = (customer: string) =>
  useLoad((api) => (customer ? api.countLocationsOf(customer) : Promise.resolve(null)), customer);

export const useHistory = (params: HistoryParams) => useLoad((api) => api.history(params), JSON.stringify(present(params)));

/** A location's feedback page (null when no location is chosen). */
export const useFeedback = (params: FeedbackParams) =>
  useLoad((api) => (params.location ? api.feedbackAt(params) : Promise.resolve(null)), JSON.stringify(present(params)));

export const useSurveys = () => useLoad((api) => api.listSurveys(), 'surveys');

/** A survey's results (null when no survey is chosen). */
export const useSurveyResults = (survey: string) =>
  useLoad((api) => (survey ? api.surveyResults(survey) : Promise.resolve(null)), survey);
