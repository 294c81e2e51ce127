import { Box, Flex } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams, withEncodedUserParams } from '@strapi/strapi/admin';
import type { TicketQueueQuery } from '../api/client';
import { FilterSelect } from '../components/filter-select';
import { LoadError } from '../components/load-error';
import { QueueFilters, type QueueFilterName, type QueueFilterValues } from '../components/queue-filters';
import { QueueTable } from '../components/queue-table';
import { SearchField } from '../components/search-field';
import { useNow } from '../components/sla';
import { StatusFilter } from '../components/status-filter';
import { statusLabel } from '../components/ticket-labels';
import { useDeskOptions } from '../hooks/desk-options';
import { useAutoRefresh } from '../hooks/use-auto-refresh';
import { useTicketQueue } from '../hooks/use-desk-data';

/** The URL is the queue's state: `_q` as in Strapi's own list views, so paging links keep it encoded. */
type QueueUrl = Partial<QueueFilterValues> & {
  page?: string;
  pageSize?: string;
  _q?: string;
  status?: string;
  sort?: string;
};

const DEFAULT_PAGE_SIZE = 20;

const SORTS = [
  { value: '-createdAt', label: 'Newest first', caption: 'newest first' },
  { value: 'createdAt', label: 'Oldest first', caption: 'oldest first' },
  { value: '-priority', label: 'Highest priority first', caption: 'highest priority first' },
  { value: 'due', label: 'Due soonest first', caption: 'due soonest first' },
] as const;
const DEFAULT_SORT = SORTS[0].value;

const FILTER_NAMES: QueueFilterName[] = ['priority', 'category', 'location', 'department', 'sla', 'assignee'];

const describe = (args: { status: string; search: string; filtered: boolean; total?: number }) =>
  [
    args.total === undefined ? '' : String(args.total),
    args.status ? statusLabel(args.status).toLowerCase() : '',
    args.total === 1 ? 'service request' : 'service requests',
    args.search ? `matching “${args.search}”` : '',
    args.filtered ? 'under the chosen filters' : '',
  ]
    .filter(Boolean)
    .join(' ');

const QueuePage = () => {
  const [{ query }, setQuery] = useQueryParams<QueueUrl>();
  const options = useDeskOptions();
  const now = useNow();
  const search = query._q ?? '';
  const status = query.status ?? '';
  const sort = SORTS.find((entry) => entry.value === query.sort) ?? SORTS[0];
  const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, query[name] ?? ''])) as unknown as QueueFilterValues;
  const filtered = FILTER_NAMES.some((name) => filters[name]);

  const queue = useTicketQueue({
    ...filters,
    page: Number(query.page ?? 1),
    pageSize: Number(query.pageSize ?? DEFAULT_PAGE_SIZE),
    status: (status || undefined) as TicketQueueQuery['status'],
    sla: (filters.sla || undefined) as TicketQueueQuery['sla'],
    assignee: (filters.assignee || undefined) as TicketQueueQuery['assignee'],
    q: search,
    sort: sort.value === DEFAULT_SORT ? undefined : sort.value,
  });
  useAutoRefresh(queue.reload);

  const rows = queue.data?.data ?? [];
  const pagination = queue.data?.meta.pagination;
  const description = describe({ status, search, filtered, total: pagination?.total });

  /** Any change of what is shown starts again at page 1. */
  const update = (change: QueueUrl) => setQuery(withEncodedUserParams(query, { ...change, page: '1' }));
  const onSearch = (value: string) => update({ _q: value ? encodeURIComponent(value) : undefined });

  return (
    <Page.Main>
      <Page.Title>Service desk</Page.Title>
      <Layouts.Header title="Service desk" subtitle={`${description.charAt(0).toUpperCase()}${description.slice(1)}, ${sort.caption}`} />
      <Layouts.Action
        startActions={
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <SearchField label="Search by summary or reference" placeholder="Summary or SR-00042" value={search} onSearch={onSearch} />
            <FilterSelect
              name="sort"
              label="Sort"
              anyLabel={SORTS[0].label}
              options={SORTS.slice(1)}
              value={sort.value === DEFAULT_SORT ? '' : sort.value}
              onChange={(value) => update({ sort: value || undefined })}
              width="220px"
            />
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {options.error ? <LoadError title="The filter choices could not be loaded." error={options.error} action={null} /> : null}
          <StatusFilter
            counts={queue.data?.meta.counts ?? null}
            value={status}
            onChange={(value) => update({ status: value || undefined })}
          />
          <QueueFilters options={options.data} values={filters} onChange={(name, value) => update({ [name]: value || undefined })} />
          {queue.error ? <LoadError title="The service requests could not be loaded." error={queue.error} /> : null}
          <QueueTable
            rows={rows}
            isLoading={queue.isLoading}
            now={now}
            caption={`${description}, ${sort.caption}${pagination ? `, page ${pagination.page} of ${Math.max(pagination.pageCount, 1)}` : ''}`}
            emptyMessage={
              queue.error
                ? 'No service requests to show.'
                : search || status || filtered
                  ? 'No service request matches these filters.'
                  : 'There are no service requests yet.'
            }
          />
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

export { QueuePage };
