import * as React from 'react';
import { Box, Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams, useRBAC, withEncodedUserParams } from '@strapi/strapi/admin';
import { useCustomerLocationCount, useCustomers, useHistory, useLocations, type CustomerRow } from '../api/client';
import { CustomerPortals } from '../components/customer-portals';
import { FeatureGrid, KEYBOARD_HINT_ID } from '../components/feature-grid';
import { FeatureLegend } from '../components/feature-legend';
import { HistorySection, type HistoryFilter } from '../components/history-section';
import { LoadError } from '../components/load-error';
import { ReadOnlyNotice } from '../components/read-only-notice';
import { SearchField } from '../components/search-field';
import { useSwitches } from '../hooks/use-switches';
import { PERMISSIONS } from '../permissions';

/** The URL is the grid's state: `_q` as in Strapi's own list views, so paging links keep it encoded. */
interface BoardQuery {
  page?: string;
  pageSize?: string;
  _q?: string;
  customer?: string;
}

const DEFAULT_PAGE_SIZE = 20;
const HISTORY_PAGE_SIZE = 10;
/** Strapi's page-size choices start at 10: with fewer locations there is nothing to page. */
const SMALLEST_PAGE_SIZE = 10;
const ALL_CUSTOMERS = 'all';

const CustomerFilter = ({
  customers,
  value,
  onChange,
}: {
  customers: CustomerRow[];
  value: string;
  onChange: (customer: string) => void;
}) => (
  <Field.Root name="customer" id="portal-features-customer" width="260px">
    <Field.Label>Customer</Field.Label>
    <SingleSelect size="S" value={value || ALL_CUSTOMERS} onChange={(next) => onChange(next === ALL_CUSTOMERS ? '' : String(next))}>
      <SingleSelectOption value={ALL_CUSTOMERS}>All customers</SingleSelectOption>
      {customers.map((customer) => (
        <SingleSelectOption key={customer.documentId} value={customer.documentId}>
          {customer.name}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

const describe = (args: { customer: CustomerRow | null; search: string; total?: number }) =>
  [
    args.total === undefined ? 'Locations' : `${args.total} ${args.total === 1 ? 'location' : 'locations'}`,
    args.customer ? `of ${args.customer.name}` : '',
    args.search ? `whose name contains “${args.search}”` : '',
  ]
    .filter(Boolean)
    .join(' ');

const FeatureBoardPage = () => {
  const [{ query }, setQuery] = useQueryParams<BoardQuery>();
  const search = query._q ?? '';
  const customerId = query.customer ?? '';
  const permissions = useRBAC(PERMISSIONS.updateFeatures);
  const readOnly = !permissions.allowedActions.canUpdate;

  const locations = useLocations({ page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE, q: search, customer: customerId });
  const customers = useCustomers();
  const customerCount = useCustomerLocationCount(customerId);
  const [historyFilter, setHistoryFilter] = React.useState<HistoryFilter>({ location: null, page: 1 });
  const history = useHistory({ location: historyFilter.location?.documentId, page: historyFilter.page, pageSize: HISTORY_PAGE_SIZE });

  // After every change the page shows the server's state again, never what it hoped for.
  const { reload: reloadLocations } = locations;
  const { reload: reloadCustomers } = customers;
  const { reload: reloadCount } = customerCount;
  const { reload: reloadHistory } = history;
  const afterChange = React.useCallback(
    () => Promise.all([reloadLocations(), reloadCustomers(), reloadCount(), reloadHistory()]),
    [reloadLocations, reloadCustomers, reloadCount, reloadHistory],
  );
  const switches = useSwitches({ afterChange });

  const rows = locations.data?.data ?? [];
  const pagination = locations.data?.meta.pagination;
  const chosen = customers.data?.find((customer) => customer.documentId === customerId) ?? null;
  const description = describe({ customer: chosen, search, total: pagination?.total });

  const onSearch = (value: string) =>
    setQuery(withEncodedUserParams(query, { _q: value ? encodeURIComponent(value) : undefined, page: '1' }));
  const onCustomer = (value: string) => setQuery(withEncodedUserParams(query, { customer: value || undefined, page: '1' }));

  return (
    <Page.Main>
      <Page.Title>Portal features</Page.Title>
      <Layouts.Header
        title="Portal features"
        subtitle="Choose what the portal offers at each location. Every change is recorded in the history below."
      />
      <Layouts.Action
        startActions={
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <CustomerFilter customers={customers.data ?? []} value={customerId} onChange={onCustomer} />
            <SearchField label="Search locations by name" placeholder="Search locations by name" value={search} onSearch={onSearch} />
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {!permissions.isLoading && readOnly ? <ReadOnlyNotice /> : null}
          {customers.error ? <LoadError title="The customers could not be loaded." error={customers.error} /> : null}
          <CustomerPortals customers={customers.data ?? []} chosen={chosen} switches={switches} readOnly={readOnly} />

          <Flex tag="section" aria-labelledby="portal-features-grid" direction="column" alignItems="stretch" gap={3}>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography tag="h2" variant="delta" id="portal-features-grid">
                {description}
              </Typography>
              <Typography id={KEYBOARD_HINT_ID} textColor="neutral600">
                Tab into the grid, move between switches with the arrow keys and press Space to switch one. A feature is live when it and
                both portals are on.
              </Typography>
            </Flex>
            {locations.error ? <LoadError title="The locations could not be loaded." error={locations.error} /> : null}
            {permissions.isLoading ? (
              <Flex justifyContent="center" padding={6}>
                <Loader small>Checking your permissions</Loader>
              </Flex>
            ) : (
              <FeatureGrid
                rows={rows}
                isLoading={locations.isLoading}
                description={`Portal switches of ${description.charAt(0).toLowerCase()}${description.slice(1)}, by name`}
                emptyMessage={
                  locations.error
                    ? 'No locations to show.'
                    : search || customerId
                      ? 'No location matches these filters.'
                      : 'There are no locations yet.'
                }
                customer={chosen}
                customerLocationCount={customerCount.data}
                switches={switches}
                readOnly={readOnly}
              />
            )}
            {pagination && pagination.total > SMALLEST_PAGE_SIZE ? (
              <Box>
                <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
                  <Pagination.PageSize />
                  <Pagination.Links />
                </Pagination.Root>
              </Box>
            ) : null}
          </Flex>

          <FeatureLegend />
          <HistorySection history={history} filter={historyFilter} onFilter={setHistoryFilter} locations={rows} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedFeatureBoardPage = () => (
  <Page.Protect permissions={PERMISSIONS.readFeatures}>
    <FeatureBoardPage />
  </Page.Protect>
);

export { FeatureBoardPage, ProtectedFeatureBoardPage };
