import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
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
import type { HistoryEntry, HistoryPage, Loadable } from '../api/client';
import { PORTALS, featureLabel } from '../features';
import { LoadError } from './load-error';

export interface HistoryFilter {
  location: { documentId: string; name: string } | null;
  page: number;
}

interface HistorySectionProps {
  history: Loadable<HistoryPage>;
  filter: HistoryFilter;
  onFilter: (filter: HistoryFilter) => void;
  /** The locations to offer in the filter: those in the grid, and the chosen one. */
  locations: Array<{ documentId: string; name: string }>;
}

const ALL = 'all';
const COLUMNS = ['When', 'Switch', 'Change', 'Changed by'];
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const whatChanged = (entry: HistoryEntry) => {
  if (entry.scope === 'customer-portal') return `${PORTALS.customer.label} of ${entry.customer ?? 'a deleted customer'}`;
  const where = entry.location ?? 'a deleted location';
  if (entry.scope === 'location-portal') return `${PORTALS.location.label} at ${where}`;
  return `${featureLabel(entry.feature)} at ${where}`;
};

const HistoryRow = ({ entry, ...row }: { entry: HistoryEntry; 'aria-rowindex'?: number }) => (
  <Tr {...row}>
    <Td>
      <Typography textColor="neutral800">
        <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
      </Typography>
    </Td>
    <Td>
      <Typography textColor="neutral800">{whatChanged(entry)}</Typography>
    </Td>
    <Td>
      <Badge size="S" variant={entry.after ? 'success' : 'neutral'}>
        {entry.after ? 'Switched on' : 'Switched off'}
      </Badge>
    </Td>
    <Td>
      <Typography textColor="neutral800">{entry.changedBy}</Typography>
    </Td>
  </Tr>
);

const MessageRow = ({ children, ...row }: { children: React.ReactNode; 'aria-rowindex'?: number }) => (
  <Tr {...row}>
    <Td colSpan={COLUMNS.length}>
      <Flex justifyContent="center" padding={6}>
        {children}
      </Flex>
    </Td>
  </Tr>
);

/** Every switch change, newest first, for all locations or one (with its customer's portal changes). */
export const HistorySection = ({ history, filter, onFilter, locations }: HistorySectionProps) => {
  const rows = history.data?.data ?? [];
  const pagination = history.data?.meta.pagination;
  const pageCount = Math.max(pagination?.pageCount ?? 1, 1);
  const options =
    filter.location && !locations.some((l) => l.documentId === filter.location?.documentId) ? [filter.location, ...locations] : locations;
  const scope = filter.location ? `at ${filter.location.name}` : 'at all locations';

  return (
    <Box tag="section" aria-labelledby="portal-features-history">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="flex-end" gap={4} wrap="wrap">
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography tag="h2" variant="delta" id="portal-features-history">
              Change history
            </Typography>
            <Typography textColor="neutral600">Every switch change, newest first, with who made it.</Typography>
          </Flex>
          <Field.Root
            name="history-location"
            id="portal-features-history-location"
            width="280px"
            hint={filter.location ? "Includes its customer's portal changes." : undefined}
          >
            <Field.Label>Show changes</Field.Label>
            <SingleSelect
              size="S"
              value={filter.location?.documentId ?? ALL}
              onChange={(value) => onFilter({ location: options.find((l) => l.documentId === value) ?? null, page: 1 })}
            >
              <SingleSelectOption value={ALL}>At all locations</SingleSelectOption>
              {options.map((location) => (
                <SingleSelectOption key={location.documentId} value={location.documentId}>
                  At {location.name}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
        </Flex>
        {history.error ? <LoadError title="The history could not be loaded." error={history.error} /> : null}
        <Table colCount={COLUMNS.length} rowCount={rows.length + 1} aria-busy={history.isLoading}>
          <VisuallyHidden tag="caption">
            Switch changes {scope}, newest first, page {filter.page} of {pageCount}
          </VisuallyHidden>
          <Thead>
            <Tr>
              {COLUMNS.map((column) => (
                <Th key={column} scope="col">
                  <Typography variant="sigma" textColor="neutral700">
                    {column}
                  </Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {history.isLoading && rows.length === 0 ? (
              <MessageRow>
                <Loader small>Loading the history</Loader>
              </MessageRow>
            ) : rows.length === 0 ? (
              <MessageRow>
                <Typography textColor="neutral600">No switch has been changed {scope} yet.</Typography>
              </MessageRow>
            ) : (
              rows.map((entry, index) => <HistoryRow key={`${entry.at}-${index}`} entry={entry} />)
            )}
          </Tbody>
        </Table>
        {pageCount > 1 ? (
          <Flex justifyContent="space-between" alignItems="center" gap={4}>
            <Button variant="tertiary" disabled={filter.page <= 1} onClick={() => onFilter({ ...filter, page: filter.page - 1 })}>
              Newer changes
            </Button>
            <Typography textColor="neutral600">
              Page {filter.page} of {pageCount}
            </Typography>
            <Button variant="tertiary" disabled={filter.page >= pageCount} onClick={() => onFilter({ ...filter, page: filter.page + 1 })}>
              Older changes
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Box>
  );
};
