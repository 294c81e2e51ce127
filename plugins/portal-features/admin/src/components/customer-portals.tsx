import { Box, Flex, Typography } from '@strapi/design-system';
import type { CustomerRow } from '../api/client';
import { PORTALS } from '../features';
import { switchKey, type Switches } from '../hooks/use-switches';
import { GridSwitch } from './switch-cells';

interface CustomerPortalsProps {
  customers: CustomerRow[];
  /** Set when the page shows one customer's locations. */
  chosen: CustomerRow | null;
  switches: Switches;
  readOnly: boolean;
}

/** The customers' own portal switches, above the grid of their locations. */
export const CustomerPortals = ({ customers, chosen, switches, readOnly }: CustomerPortalsProps) => {
  const shown = chosen ? [chosen] : customers;
  return (
    <Box tag="section" aria-labelledby="portal-features-customers" background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography tag="h2" variant="delta" id="portal-features-customers">
            {chosen ? `${PORTALS.customer.label} of ${chosen.name}` : 'Customer portals'}
          </Typography>
          <Typography textColor="neutral600" id="portal-features-customers-hint">
            While a customer's portal is off, none of its locations shows any feature, whatever their switches say.
          </Typography>
        </Flex>
        {shown.length === 0 ? (
          <Typography textColor="neutral600">There are no customers yet.</Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
            {shown.map((customer) => (
              <Flex tag="li" key={customer.documentId} gap={6} wrap="wrap">
                <Typography fontWeight="bold" textColor="neutral800" style={{ minWidth: '24rem' }}>
                  {customer.name}
                </Typography>
                <GridSwitch
                  label={`${PORTALS.customer.label} of ${customer.name}`}
                  describedBy="portal-features-customers-hint"
                  checked={customer.portalEnabled}
                  pending={switches.pending[switchKey.customerPortal(customer.documentId)]}
                  readOnly={readOnly}
                  onChange={(enabled) => switches.setCustomerPortal(customer, enabled)}
                />
              </Flex>
            ))}
          </Flex>
        )}
        {chosen || readOnly ? null : (
          <Typography variant="pi" textColor="neutral600">
            To switch a feature at all of a customer's locations at once, choose the customer in the filter above the grid.
          </Typography>
        )}
      </Flex>
    </Box>
  );
};
