import * as React from 'react';
import { Button, Dialog, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import type { TicketDetail } from '../../../server/src/contracts/service-desk';
import type { TicketChanges } from '../hooks/use-ticket-changes';
import { Panel } from './panel';
import { statusLabel, statusTone } from './ticket-labels';
import { ToneBadge } from './tone-badge';

type Action = TicketDetail['actions'][number];

interface StatusActionsProps {
  ticket: TicketDetail;
  canChangeStatus: boolean;
  changes: TicketChanges;
}

/** Asks for an optional note, then moves the request on; stays open until the server has answered. */
const TransitionDialog = ({ action, onClose, changes }: { action: Action; onClose: () => void; changes: TicketChanges }) => {
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  const saving = changes.saving === `transition:${action.event}`;
  // "Cancel" beside "Cancel" would be a riddle: cancelling the request gets words of its own.
  const cancelsRequest = action.event === 'cancel';

  const confirm = async () => {
    const result = await changes.transition({ event: action.event, label: action.label, note });
    if (result.saved) onClose();
    else setError(result.fieldErrors.note ?? result.fieldErrors.event);
  };

  return (
    <Dialog.Root open onOpenChange={(open) => (!open && !saving ? onClose() : undefined)}>
      <Dialog.Content>
        <Dialog.Header>{cancelsRequest ? 'Cancel the request' : action.label}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Dialog.Description>The request becomes “{statusLabel(action.to)}”.</Dialog.Description>
            <Field.Root name="note" id="service-desk-transition-note" error={error} hint="Optional. Only staff see it, in the timeline.">
              <Field.Label>Note</Field.Label>
              <Textarea value={note} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary" disabled={saving}>
              {cancelsRequest ? 'Keep the request' : 'Cancel'}
            </Button>
          </Dialog.Cancel>
          <Button variant={cancelsRequest ? 'danger' : 'default'} loading={saving} onClick={confirm}>
            {cancelsRequest ? 'Cancel the request' : action.label}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

/** The request's status and one button per move the lifecycle allows from it. */
export const StatusActions = ({ ticket, canChangeStatus, changes }: StatusActionsProps) => {
  const [chosen, setChosen] = React.useState<Action | null>(null);

  return (
    <Panel id="service-desk-status" title="Status">
      <Flex gap={2} alignItems="center">
        <Typography textColor="neutral800">Now:</Typography>
        <ToneBadge tone={statusTone(ticket.status)}>{statusLabel(ticket.status)}</ToneBadge>
      </Flex>
      {!canChangeStatus ? (
        <Typography textColor="neutral600">You can see the status but not change it.</Typography>
      ) : ticket.actions.length === 0 ? (
        <Typography textColor="neutral600">No status change is possible from here.</Typography>
      ) : (
        <Flex gap={2} wrap="wrap" role="group" aria-label="Change the status">
          {ticket.actions.map((action) => (
            <Button
              key={action.event}
              variant={action.event === 'cancel' ? 'danger-light' : 'secondary'}
              disabled={changes.saving !== null}
              onClick={() => setChosen(action)}
            >
              {action.label}
            </Button>
          ))}
        </Flex>
      )}
      {chosen ? <TransitionDialog action={chosen} changes={changes} onClose={() => setChosen(null)} /> : null}
    </Panel>
  );
};
