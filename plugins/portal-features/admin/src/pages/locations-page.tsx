import { Badge, Box, Flex, Link, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams, withEncodedUserParams } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { useLocations, type LocationRow } from '../api/client';
import { LoadError } from '../components/load-error';
import { SearchField } from '../components/search-field';
import { PERMISSIONS } from '../permissions';

/** The URL is the page's state: `_q` as in Strapi's own list views, so paging links keep it encoded. */
interface ListQuery {
  page?: string;
  pageSize?: string;
  _q?: string;
  customer?: string;
}

const DEFAULT_PAGE_SIZE = 20;
const COLUMNS = ['Name', 'Customer', 'Time zone', 'Location portal', 'Customer portal', 'Units', 'Property managers'];

const editViewOf = (documentId: string) => `/content-manager/collection-types/plugin::portal-features.location/${documentId}`;

const OnOff = ({ on }: { on: boolean }) => (
  <Badge size="S" variant={on ? 'success' : 'neutral'}>
    {on ? 'On' : 'Off'}
  </Badge>
);

const LocationTableRow = ({ location }: { location: LocationRow }) => (
  <Tr>
    <Td>
      <Link tag={NavLink} to={editViewOf(location.documentId)}>
        {location.name}
      </Link>
    </Td>
    <Td>
      <Typography textColor="neutral800">{location.customer?.name ?? '—'}</Typography>
    </Td>
    <Td>
      <Typography textColor="neutral800">{location.timezone}</Typography>
    </Td>
    <Td>
      <OnOff on={location.portalEnabled} />
    </Td>
    <Td>{location.customer ? <OnOff on={location.customer.portalEnabled} /> : <Typography textColor="neutral600">—</Typography>}</Td>
    <Td>
      <Typography textColor="neutral800">{location.unitCount}</Typography>
    </Td>
    <Td>
      {location.propertyManagers.length === 0 ? (
        <Typography textColor="neutral600">None</Typography>
      ) : (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          {location.propertyManagers.map((manager) => (
            <Typography key={manager.email} textColor="neutral800">
              {manager.name} ({manager.email})
            </Typography>
          ))}
        </Flex>
      )}
    </Td>
  </Tr>
);

/** A single full-width row for "loading" and "nothing found". */
const MessageRow = ({ children }: { children: React.ReactNode }) => (
  <Tr>
    <Td colSpan={COLUMNS.length}>
      <Flex justifyContent="center" padding={6}>
        {children}
      </Flex>
    </Td>
  </Tr>
);

const LocationsPage = () => {
  const [{ query }, setQuery] = useQueryParams<ListQuery>();
  const search = query._q ?? '';
  const { data, error, isLoading } = useLocations({
    page: query.page ?? 1,
    pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    q: search,
    customer: query.customer,
  });
  const rows = data?.data ?? [];
  const pagination = data?.meta.pagination;

  const onSearch = (value: string) =>
    setQuery(withEncodedUserParams(query, { _q: value ? encodeURIComponent(value) : undefined, page: '1' }));

  return (
    <Page.Main>
      <Page.Title>Portal features</Page.Title>
      <Layouts.Header
        title="Portal features"
        subtitle={pagination ? `${pagination.total} ${pagination.total === 1 ? 'location' : 'locations'}` : 'Locations and their portals'}
      />
      <Layouts.Action
        startActions={<SearchField label="Search locations by name" placeholder="Search locations by name" value={search} onSearch={onSearch} />}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {error ? <LoadError title="The locations could not be loaded." error={error} /> : null}
          <Table colCount={COLUMNS.length} rowCount={rows.length + 1} aria-busy={isLoading}>
            <VisuallyHidden tag="caption">
              Locations{search ? ` whose name contains “${search}”` : ''}, by name
              {pagination ? `, page ${pagination.page} of ${Math.max(pagination.pageCount, 1)}` : ''}
            </VisuallyHidden>
            <Thead>
              <Tr>
                {COLUMNS.map((column) => (
                  <Th key={column} scope="col">
                    <Typography variant="sigma" textColor="neutral600">
                      {column}
                    </Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {isLoading && rows.length === 0 ? (
                <MessageRow>
                  <Loader small>Loading locations</Loader>
                </MessageRow>
              ) : rows.length === 0 ? (
                <MessageRow>
                  <Typography textColor="neutral600">
                    {error ? 'No locations to show.' : search ? 'No location matches your search.' : 'There are no locations yet.'}
                  </Typography>
                </MessageRow>
              ) : (
                rows.map((location) => <LocationTableRow key={location.documentId} location={location} />)
              )}
            </Tbody>
          </Table>
          {pagination ? (
            <Box>
              <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
                <Pagination.PageSize />
                <Pagination.Links />
              </Pagination.Root>
            </Box>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedLocationsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readFeatures}>
    <LocationsPage />
  </Page.Protect>
);

export { LocationsPage, ProtectedLocationsPage };
