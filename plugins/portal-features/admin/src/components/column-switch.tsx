import * as React from 'react';
import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import type { CustomerRow } from '../api/client';
import type { Feature } from '../features';

interface ColumnSwitchProps {
  customer: CustomerRow;
  feature: Feature;
  /** How many locations the customer has; null while it is being counted. */
  count: number | null;
  /** Resolves true when the server saved the change. */
  onSwitch: (enabled: boolean) => Promise<boolean>;
}

const locations = (count: number | null) => (count === null ? 'all locations' : `${count} ${count === 1 ? 'location' : 'locations'}`);

/**
 * Switches one feature at every location of a customer, after a confirmation that names the
 * customer and how many locations it affects. The dialog stays open until the server answers.
 */
export const ColumnSwitch = ({ customer, feature, count, onSwitch }: ColumnSwitchProps) => {
  const [open, setOpen] = React.useState(false);
  const [working, setWorking] = React.useState<boolean | null>(null);
  const where = locations(count);

  const run = async (enabled: boolean) => {
    setWorking(enabled);
    const saved = await onSwitch(enabled);
    setWorking(null);
    if (saved) setOpen(false);
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (working === null ? setOpen(next) : undefined)}>
      <Dialog.Trigger>
        <Button variant="tertiary" size="S" aria-label={`Set all: ${feature.label} at the ${where} of ${customer.name}`}>
          Set all…
        </Button>
      </Dialog.Trigger>
      <Dialog.Content style={{ maxWidth: '56rem' }}>
        <Dialog.Header>
          {feature.label} at every location of {customer.name}
        </Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Dialog.Description>
              {count === 0
                ? `${customer.name} has no locations yet.`
                : `This switches ${feature.label} on or off at the ${where} of ${customer.name}, including any the grid is not showing now.`}
            </Dialog.Description>
            <Typography textColor="neutral700">
              {feature.label}: {feature.explanation}
            </Typography>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" disabled={working !== null}>
              Cancel
            </Button>
          </Dialog.Cancel>
          <Flex gap={2}>
            <Button
              variant="danger-light"
              disabled={count === 0 || working !== null}
              loading={working === false}
              onClick={() => run(false)}
            >
              Switch off at {where}
            </Button>
            <Button variant="default" disabled={count === 0 || working !== null} loading={working === true} onClick={() => run(true)}>
              Switch on at {where}
            </Button>
          </Flex>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
