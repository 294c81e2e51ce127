import * as React from 'react';
import { Button, Flex, Radio, Typography } from '@strapi/design-system';
import type { TicketDetail, Visibility } from '../../../server/src/contracts/service-desk';
import type { TicketChanges } from '../hooks/use-ticket-changes';
import { Panel } from './panel';
import { VISIBILITIES } from './ticket-labels';

interface VisibilityControlProps {
  ticket: TicketDetail;
  canPublish: boolean;
  changes: TicketChanges;
}

const explanationId = (value: Visibility) => `service-desk-visibility-${value}-explanation`;

/** Who sees the request in the portals besides its reporter: chosen, then saved. */
export const VisibilityControl = ({ ticket, canPublish, changes }: VisibilityControlProps) => {
  const [chosen, setChosen] = React.useState<Visibility>(ticket.visibility);
  const [error, setError] = React.useState<string | null>(null);
  // Only a new saved visibility resets the choice; other changes to the ticket leave it alone.
  React.useEffect(() => {
    setChosen(ticket.visibility);
    setError(null);
  }, [ticket.visibility]);

  const save = async () => {
    const result = await changes.setVisibility(chosen);
    if (!result.saved) setError(result.fieldErrors.visibility ?? null);
  };

  return (
    <Panel
      id="service-desk-visibility"
      title="Visibility in the portal"
      description={
        canPublish ? 'Who sees this request in the portal. Staff always see it.' : 'You can see who it is shared with but not change it.'
      }
    >
      <Radio.Group
        aria-labelledby="service-desk-visibility"
        aria-describedby={error ? 'service-desk-visibility-error' : undefined}
        value={chosen}
        onValueChange={(value) => setChosen(value as Visibility)}
        disabled={!canPublish}
      >
        {VISIBILITIES.map((option) => (
          <Flex key={option.value} direction="column" alignItems="flex-start" gap={1}>
            <Radio.Item value={option.value} aria-describedby={explanationId(option.value)}>
              {option.label}
            </Radio.Item>
            <Typography id={explanationId(option.value)} variant="pi" textColor="neutral600" style={{ paddingInlineStart: '2.8rem' }}>
              {option.explanation}
            </Typography>
          </Flex>
        ))}
      </Radio.Group>
      {error ? (
        <Typography id="service-desk-visibility-error" variant="pi" textColor="danger600">
          {error}
        </Typography>
      ) : null}
      {canPublish ? (
        <Flex>
          <Button
            variant="secondary"
            onClick={save}
            loading={changes.saving === 'visibility'}
            disabled={chosen === ticket.visibility || changes.saving !== null}
          >
            Save visibility
          </Button>
        </Flex>
      ) : null}
    </Panel>
  );
};
