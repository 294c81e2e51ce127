import { Box, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import type { TicketDetail } from '../../../server/src/contracts/service-desk';

const FIELD_NAMES: Record<TicketDetail['missing'][number], string> = { type: 'type', priority: 'priority' };

/**
 * The triage gate, said before anything else on a new request: the server refuses every other
 * change until type and priority are set, so the agent should start there.
 */
export const TriageCallout = ({ missing, canTriage }: { missing: TicketDetail['missing']; canTriage: boolean }) => {
  if (missing.length === 0) return null;
  const what = missing.map((field) => FIELD_NAMES[field]).join(' and ');
  return (
    <Box
      role="note"
      aria-labelledby="service-desk-triage-callout"
      background="warning100"
      borderColor="warning200"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={4}
    >
      <Flex gap={3} alignItems="flex-start">
        <WarningCircle fill="warning600" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography id="service-desk-triage-callout" fontWeight="bold" textColor="neutral800">
            Set the type and priority first
          </Typography>
          <Typography textColor="neutral800">
            This request has not been triaged: its {what} {missing.length > 1 ? 'are' : 'is'} still missing. Until type and priority are
            set, it cannot change status (except to be cancelled) or visibility, and nothing can be published to the portal. Internal
            comments can still be added.
            {canTriage ? ' Choose them under Triage and save.' : ' Ask someone who may triage requests to set them.'}
          </Typography>
        </Flex>
      </Flex>
    </Box>
  );
};
