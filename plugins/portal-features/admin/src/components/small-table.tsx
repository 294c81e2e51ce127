import * as React from 'react';
import { Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

interface SmallTableProps {
  /** Read by screen readers; the heading above the table says the same to everyone else. */
  caption: string;
  columns: string[];
  /** One array of cells per row, in column order. */
  rows: Array<{ key: string; cells: React.ReactNode[] }>;
  emptyMessage: string;
  isLoading?: boolean;
  loadingMessage?: string;
}

const MessageRow = ({ colSpan, children }: { colSpan: number; children: React.ReactNode }) => (
  <Tr>
    <Td colSpan={colSpan}>
      <Flex justifyContent="center" padding={6}>
        {children}
      </Flex>
    </Td>
  </Tr>
);

/** A read-only table with a caption, column headers and an empty state. */
export const SmallTable = ({ caption, columns, rows, emptyMessage, isLoading = false, loadingMessage = 'Loading' }: SmallTableProps) => (
  <Table colCount={columns.length} rowCount={rows.length + 1} aria-busy={isLoading}>
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
      {isLoading && rows.length === 0 ? (
        <MessageRow colSpan={columns.length}>
          <Loader small>{loadingMessage}</Loader>
        </MessageRow>
      ) : rows.length === 0 ? (
        <MessageRow colSpan={columns.length}>
          <Typography textColor="neutral600">{emptyMessage}</Typography>
        </MessageRow>
      ) : (
        rows.map((row) => (
          <Tr key={row.key}>
            {row.cells.map((cell, index) => (
              <Td key={columns[index]}>
                <Typography textColor="neutral800">{cell}</Typography>
              </Td>
            ))}
          </Tr>
        ))
      )}
    </Tbody>
  </Table>
);
