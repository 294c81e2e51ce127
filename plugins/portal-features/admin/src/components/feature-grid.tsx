import { Flex, Loader, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { css, styled } from 'styled-components';
import type { CustomerRow, LocationRow } from '../api/client';
import { FEATURES, PORTALS, explanationId } from '../features';
import { switchKey, type Switches } from '../hooks/use-switches';
import { ColumnHeader } from './feature-header';
import { ColumnSwitch } from './column-switch';
import { FeatureCell, GridSwitch, LocationCell } from './switch-cells';

interface FeatureGridProps {
  rows: LocationRow[];
  isLoading: boolean;
  /** What the grid shows, for its caption: "Locations of Harbour Estates Ltd whose name contains …". */
  description: string;
  emptyMessage: string;
  /** The customer chosen in the filter: the grid then offers to switch a whole column for it. */
  customer: CustomerRow | null;
  customerLocationCount: number | null;
  switches: Switches;
  readOnly: boolean;
}

const COLUMN_COUNT = 2 + FEATURES.length;
export const KEYBOARD_HINT_ID = 'portal-features-keyboard-hint';

/** Narrower than the design system's cells, so that all ten features fit on a laptop screen. */
const compact = { style: { paddingLeft: '1.2rem', paddingRight: '1.2rem' } } as const;

/**
 * The first column stays in view when the feature columns scroll sideways on a small screen. It
 * sticks inside the table's left padding, which its ::before covers so that nothing scrolls past
 * on its left; a rule on its right marks where the scrolling columns pass under it.
 */
const stuck = css<{ $shade?: 'neutral0' | 'neutral100' }>`
  position: sticky;
  left: 0;
  z-index: 1;
  background: ${({ theme, $shade = 'neutral0' }) => theme.colors[$shade]};
  box-shadow: inset -1px 0 0 0 ${({ theme }) => theme.colors.neutral150};

  &::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: -2.4rem;
    width: 2.4rem;
    background: ${({ theme }) => theme.colors.neutral0};
  }
`;
const StickyTd = styled(Td)<{ $shade?: 'neutral0' | 'neutral100' }>`
  ${stuck}
`;
const StickyTh = styled(Th)<{ $shade?: 'neutral0' | 'neutral100' }>`
  ${stuck}
`;

/**
 * Tbody numbers its rows by cloning its children with `aria-rowindex`, which the keyboard
 * navigation needs: a row component hands it on to its Tr.
 */
type RowProps<T> = T & { 'aria-rowindex'?: number };

const MessageRow = ({ children, ...row }: RowProps<{ children: React.ReactNode }>) => (
  <Tr {...row}>
    <Td colSpan={COLUMN_COUNT}>
      <Flex justifyContent="center" padding={6}>
        {children}
      </Flex>
    </Td>
  </Tr>
);

/** The first row when a customer is chosen: a "Set all…" per feature for all its locations. */
const CustomerRowOfGrid = ({
  customer,
  count,
  switches,
  ...row
}: RowProps<{ customer: CustomerRow; count: number | null; switches: Switches }>) => (
  <Tr {...row}>
    <StickyTd {...compact} $shade="neutral100">
      <Flex direction="column" alignItems="flex-start" gap={1} maxWidth="18rem">
        <Typography fontWeight="bold" textColor="neutral800" style={{ whiteSpace: 'normal' }}>
          All locations of {customer.name}
        </Typography>
        <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'normal' }}>
          {count === null ? 'Counting locations…' : `${count} ${count === 1 ? 'location' : 'locations'}, including any not shown`}
        </Typography>
      </Flex>
    </StickyTd>
    <Td {...compact} background="neutral100">
      <VisuallyHidden>Portals are switched location by location.</VisuallyHidden>
    </Td>
    {FEATURES.map((feature) => (
      <Td key={feature.key} {...compact} background="neutral100">
        <ColumnSwitch
          customer={customer}
          feature={feature}
          count={count}
          onSwitch={(enabled) => switches.setFeatureForCustomer(customer, feature, enabled)}
        />
      </Td>
    ))}
  </Tr>
);

const LocationRowOfGrid = ({
  location,
  switches,
  readOnly,
  ...row
}: RowProps<{ location: LocationRow; switches: Switches; readOnly: boolean }>) => (
  <Tr {...row}>
    <StickyTd {...compact}>
      <LocationCell location={location} />
    </StickyTd>
    <Td {...compact}>
      <GridSwitch
        label={`${PORTALS.location.label} at ${location.name}`}
        checked={location.portalEnabled}
        pending={switches.pending[switchKey.locationPortal(location.documentId)]}
        readOnly={readOnly}
        onChange={(enabled) => switches.setLocationPortal(location, enabled)}
      />
    </Td>
    {FEATURES.map((feature) => (
      <Td key={feature.key} {...compact}>
        <FeatureCell
          location={location}
          feature={feature}
          pending={switches.pending[switchKey.feature(location.documentId, feature.key)]}
          readOnly={readOnly}
          onChange={(enabled) => switches.setFeature(location, feature, enabled)}
        />
      </Td>
    ))}
  </Tr>
);

/**
 * Locations as rows, features as columns, a switch in every cell. It is Strapi's keyboard grid:
 * Tab enters and leaves it, the arrow keys move from switch to switch, Space switches.
 */
export const FeatureGrid = (props: FeatureGridProps) => {
  const { rows, isLoading, customer, switches, readOnly } = props;
  const withCustomerRow = customer !== null && !readOnly && rows.length > 0;
  return (
    <Table
      colCount={COLUMN_COUNT}
      rowCount={rows.length + 1 + (withCustomerRow ? 1 : 0)}
      aria-busy={isLoading}
      aria-describedby={KEYBOARD_HINT_ID}
    >
      <VisuallyHidden tag="caption">{props.description}</VisuallyHidden>
      <Thead>
        <Tr>
          <StickyTh scope="col" {...compact}>
            <Typography variant="pi" fontWeight="bold" textColor="neutral800">
              Location
            </Typography>
          </StickyTh>
          <Th scope="col" {...compact}>
            <ColumnHeader {...PORTALS.location} />
          </Th>
          {FEATURES.map((feature) => (
            <Th key={feature.key} scope="col" {...compact}>
              <ColumnHeader label={feature.label} explanation={feature.explanation} explanationId={explanationId(feature)} />
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
            <Typography textColor="neutral600">{props.emptyMessage}</Typography>
          </MessageRow>
        ) : (
          [
            withCustomerRow ? (
              <CustomerRowOfGrid key="customer" customer={customer} count={props.customerLocationCount} switches={switches} />
            ) : null,
            ...rows.map((location) => (
              <LocationRowOfGrid key={location.documentId} location={location} switches={switches} readOnly={readOnly} />
            )),
          ]
        )}
      </Tbody>
    </Table>
  );
};
