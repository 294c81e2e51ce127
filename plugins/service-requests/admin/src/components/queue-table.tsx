import { Flex, Link, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { NavLink, useLocation } from 'react-router-dom';
import type { QueueRow } from '../../../server/src/contracts/service-desk';
import { ticketPath, type FromQueue } from '../paths';
import { SlaSummary } from './sla';
import { UNTRIAGED_PRIORITY, UNTRIAGED_TYPE, statusLabel, statusTone } from './ticket-labels';
import { ToneBadge } from './tone-badge';

const COLUMNS = ['Reference', 'Summary', 'Status', 'Priority', 'Type', 'Category', 'Department', 'Location', 'SLA', 'Reported'];

const reportedAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const Text = ({ children, muted = false }: { children: React.ReactNode; muted?: boolean }) => (
  <Typography textColor={muted ? 'neutral600' : 'neutral800'}>{children}</Typography>
);

/** A value triage may not have set yet: the portal's placeholder wording, greyed. */
const OrUnset = ({ value, unset }: { value: string | null; unset: string }) => <Text muted={value === null}>{value ?? unset}</Text>;

const QueueTableRow = ({ ticket, now }: { ticket: QueueRow; now: number }) => {
  const { search } = useLocation();
  const from: FromQueue = { queueSearch: search };
  return (
    <Tr>
      <Td>
        <Link tag={NavLink} to={ticketPath(ticket.documentId)} state={from} aria-label={`${ticket.reference}: ${ticket.summary}`}>
          {ticket.reference}
        </Link>
      </Td>
      <Td style={{ whiteSpace: 'normal', minWidth: '16rem' }}>
        <Text>{ticket.summary}</Text>
      </Td>
      <Td>
        <ToneBadge tone={statusTone(ticket.status)}>{statusLabel(ticket.status)}</ToneBadge>
      </Td>
      <Td>
        <OrUnset value={ticket.priority} unset={UNTRIAGED_PRIORITY} />
      </Td>
      <Td>
        <OrUnset value={ticket.type} unset={UNTRIAGED_TYPE} />
      </Td>
      <Td>
        <OrUnset value={ticket.category} unset="—" />
      </Td>
      <Td>
        <OrUnset value={ticket.department} unset="—" />
      </Td>
      <Td>
        <Text muted={!ticket.location}>{[ticket.location, ticket.unit].filter(Boolean).join(', ') || '—'}</Text>
      </Td>
      <Td>
        <SlaSummary sla={ticket.sla} now={now} />
      </Td>
      <Td>
        <Text>
          <time dateTime={ticket.createdAt}>{reportedAt.format(new Date(ticket.createdAt))}</time>
        </Text>
      </Td>
    </Tr>
  );
};

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

interface QueueTableProps {
  rows: QueueRow[];
  isLoading: boolean;
  /** Said to screen readers before the table: what it lists, in which order, which page. */
  caption: string;
  emptyMessage: string;
  now: number;
}

export const QueueTable = ({ rows, isLoading, caption, emptyMessage, now }: QueueTableProps) => (
  <Table colCount={COLUMNS.length} rowCount={rows.length + 1} aria-busy={isLoading}>
    <VisuallyHidden tag="caption">{caption}</VisuallyHidden>
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
      {isLoading && rows.length === 0 ? (
        <MessageRow>
          <Loader small>Loading service requests</Loader>
        </MessageRow>
      ) : rows.length === 0 ? (
        <MessageRow>
          <Typography textColor="neutral600">{emptyMessage}</Typography>
        </MessageRow>
      ) : (
        rows.map((ticket) => <QueueTableRow key={ticket.documentId} ticket={ticket} now={now} />)
      )}
    </Tbody>
  </Table>
);
