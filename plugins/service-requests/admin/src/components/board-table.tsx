import { Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

interface BoardTableProps {
  /** Said to screen readers before the table: what it lists. */
  caption: string;
  columns: string[];
  /** How many rows the body holds (for the table's row count). */
  rowCount: number;
  isLoading: boolean;
  loadingLabel: string;
  emptyMessage: string;
  children: React.ReactNode;
}

/** A single full-width row for "loading" and "nothing here". */
const MessageRow = ({ span, children }: { span: number; children: React.ReactNode }) => (
  <Tr>
    <Td colSpan={span}>
      <Flex justifyContent="center" padding={6}>
        {children}
      </Flex>
    </Td>
  </Tr>
);

/** One of the board's tables: a caption, column headings, then its rows or why there are none. */
export const BoardTable = ({ caption, columns, rowCount, isLoading, loadingLabel, emptyMessage, children }: BoardTableProps) => (
  <Table colCount={columns.length} rowCount={rowCount + 1} aria-busy={isLoading}>
    <VisuallyHidden tag="caption">{caption}</VisuallyHidden>
    <Thead>
      <Tr>
        {columns.map((column) => (
          <Th key={column} scope="col">
            <Typography variant="sigma" textColor="neutral700">
              {column}
            </Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>
      {isLoading && rowCount === 0 ? (
        <MessageRow span={columns.length}>
          <Loader small>{loadingLabel}</Loader>
        </MessageRow>
      ) : rowCount === 0 ? (
        <MessageRow span={columns.length}>
          <Typography textColor="neutral600">{emptyMessage}</Typography>
        </MessageRow>
      ) : (
        children
      )}
    </Tbody>
  </Table>
);

/** A cell's text, greyed when it only says that something is missing. */
export const CellText = ({ children, muted = false }: { children: React.ReactNode; muted?: boolean }) => (
  <Typography textColor={muted ? 'neutral600' : 'neutral800'}>{children}</Typography>
);
