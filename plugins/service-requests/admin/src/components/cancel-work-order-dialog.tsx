import { Button, Dialog, Flex, Typography } from '@strapi/design-system';
import type { WorkOrderRow } from '../api/client';
import type { WorkOrderActions } from '../hooks/use-work-order-actions';

interface CancelWorkOrderDialogProps {
  order: WorkOrderRow;
  actions: WorkOrderActions;
  onClose: () => void;
}

/** Asks before cancelling: it cannot be undone. Stays open until the server has answered. */
export const CancelWorkOrderDialog = ({ order, actions, onClose }: CancelWorkOrderDialogProps) => {
  const saving = actions.busy === `cancel:${order.documentId}`;

  const confirm = async () => {
    await actions.cancel(order);
    onClose();
  };

  return (
    <Dialog.Root open onOpenChange={(open) => (!open && !saving ? onClose() : undefined)}>
      <Dialog.Content>
        <Dialog.Header>{`Cancel ${order.reference}`}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={2} width="100%">
            <Dialog.Description>
              {`“${order.summary}” will be cancelled. Offers still waiting for a vendor's answer are withdrawn and appointment reminders stop.`}
            </Dialog.Description>
            <Typography textColor="neutral800">
              A cancelled work order cannot be reopened: a new one can be made from the request.
            </Typography>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" disabled={saving}>
              Keep the work order
            </Button>
          </Dialog.Cancel>
          <Button variant="danger" loading={saving} onClick={confirm}>
            Cancel the work order
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
