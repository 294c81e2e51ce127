import {
  Badge,
  Box,
  Field,
  Flex,
  Link,
  Loader,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams, withEncodedUserParams } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { useTickets, type TicketRow } from '../api/client';
import { LoadError } from '../components/load-error';
import { SearchField } from '../components/search-field';
import { TICKET_STATUSES, statusLabel, statusVariant, visibilityLabel } from '../components/ticket-labels';
import { PERMISSIONS } from '../permissions';

/** The URL is the page's state: `_q` as in Strapi's own list views, so paging links keep it encoded. */
interface ListQuery {
  page?: string;
  pageSize?: string;
  _q?: string;
  status?: string;
}

const DEFAULT_PAGE_SIZE = 20;
const ALL_STATUSES = 'all';
const COLUMNS = ['Reference', 'Summary', 'Status', 'Type', 'Priority', 'Visibility', 'Location', 'Unit', 'Reported'];

const editViewOf = (documentId: string) => `/content-manager/collection-types/plugin::service-requests.ticket/${documentId}`;

const reportedAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const Text = ({ children }: { children: React.ReactNode }) => <Typography textColor="neutral800">{children}</Typography>;

const TicketTableRow = ({ ticket }: { ticket: TicketRow }) => (
  <Tr>
    <Td>
      <Link tag={NavLink} to={editViewOf(ticket.documentId)} aria-label={`${ticket.reference}: ${ticket.summary}`}>
        {ticket.reference}
      </Link>
    </Td>
    <Td>
      <Text>{ticket.summary}</Text>
    </Td>
    <Td>
      <Badge size="S" variant={statusVariant(ticket.status)}>
        {statusLabel(ticket.status)}
      </Badge>
    </Td>
    <Td>
      <Text>{ticket.type}</Text>
    </Td>
    <Td>
      <Text>{ticket.priority}</Text>
    </Td>
    <Td>
      <Text>{visibilityLabel(ticket.visibility)}</Text>
    </Td>
    <Td>
      <Text>{ticket.location ?? '—'}</Text>
    </Td>
    <Td>
      <Text>{ticket.unit ?? '—'}</Text>
    </Td>
    <Td>
      <Typography textColor="neutral800">
        <time dateTime={ticket.createdAt}>{reportedAt.format(new Date(ticket.createdAt))}</time>
      </Typography>
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

const StatusFilter = ({ value, onChange }: { value: string; onChange: (status: string) => void }) => (
  <Field.Root name="status" id="service-desk-status" width="200px">
    <Field.Label>Status</Field.Label>
    <SingleSelect size="S" value={value || ALL_STATUSES} onChange={(next) => onChange(next === ALL_STATUSES ? '' : String(next))}>
      <SingleSelectOption value={ALL_STATUSES}>All statuses</SingleSelectOption>
      {TICKET_STATUSES.map((status) => (
        <SingleSelectOption key={status} value={status}>
          {statusLabel(status)}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

const describe = (args: { status: string; search: string }) =>
  [args.status ? statusLabel(args.status).toLowerCase() : '', 'service requests', args.search ? `matching “${args.search}”` : '']
    .filter(Boolean)
    .join(' ');

const TicketsPage = () => {
  const [{ query }, setQuery] = useQueryParams<ListQuery>();
  const search = query._q ?? '';
  const status = query.status ?? '';
  const { data, error, isLoading } = useTickets({
    page: query.page ?? 1,
    pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE,
    status,
    q: search,
  });
  const rows = data?.data ?? [];
  const pagination = data?.meta.pagination;
  const description = describe({ status, search });

  const onSearch = (value: string) =>
    setQuery(withEncodedUserParams(query, { _q: value ? encodeURIComponent(value) : undefined, page: '1' }));
  const onStatus = (value: string) => setQuery(withEncodedUserParams(query, { status: value || undefined, page: '1' }));

  return (
    <Page.Main>
      <Page.Title>Service desk</Page.Title>
      <Layouts.Header
        title="Service desk"
        subtitle={pagination ? `${pagination.total} ${description}, newest first` : 'Service requests, newest first'}
      />
      <Layouts.Action
        startActions={
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <StatusFilter value={status} onChange={onStatus} />
            <SearchField
              label="Search by summary or reference"
              placeholder="Summary or SR-00042"
              value={search}
              onSearch={onSearch}
            />
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {error ? <LoadError title="The service requests could not be loaded." error={error} /> : null}
          <Table colCount={COLUMNS.length} rowCount={rows.length + 1} aria-busy={isLoading}>
            <VisuallyHidden tag="caption">
              {description.charAt(0).toUpperCase() + description.slice(1)}, newest first
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
                  <Loader small>Loading service requests</Loader>
                </MessageRow>
              ) : rows.length === 0 ? (
                <MessageRow>
                  <Typography textColor="neutral600">
                    {error
                      ? 'No service requests to show.'
                      : search || status
                        ? 'No service request matches these filters.'
                        : 'There are no service requests yet.'}
                  </Typography>
                </MessageRow>
              ) : (
                rows.map((ticket) => <TicketTableRow key={ticket.documentId} ticket={ticket} />)
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

const ProtectedTicketsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readTickets}>
    <TicketsPage />
  </Page.Protect>
);

export { ProtectedTicketsPage, TicketsPage };
