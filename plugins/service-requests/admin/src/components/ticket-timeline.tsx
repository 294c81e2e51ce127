import { Box, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { TimelineEntry } from '../../../server/src/contracts/service-desk';
import { Panel } from './panel';
import { statusLabel, visibilityLabel } from './ticket-labels';

const Steps = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;

  & > li {
    border-inline-start: 2px solid ${({ theme }) => theme.colors.neutral200};
    padding: ${({ theme }) => `0 0 ${theme.spaces[4]} ${theme.spaces[4]}`};
  }

  & > li:last-child {
    padding-bottom: 0;
  }
`;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const change = (from: string | null, to: string | null, label: (value: string) => string = (value) => value) =>
  `${from ? label(from) : 'none'} → ${to ? label(to) : 'none'}`;

/** What happened, in a few words, and what it changed when a line of its own says it better. */
const describe = (entry: TimelineEntry): { title: string; detail?: string } => {
  switch (entry.kind) {
    case 'created':
      return { title: entry.to ?? 'Reported' };
    case 'status':
      return { title: `Status: ${change(entry.from, entry.to, statusLabel)}` };
    case 'triage':
      // The server describes the whole triage before and after ("Type: Repair, Priority: High, …").
      return { title: 'Triage changed', detail: `${entry.from ?? 'Not triaged'} → ${entry.to ?? 'cleared'}` };
    case 'routed':
      return {
        title: entry.to ? `Routed to ${entry.to}` : 'Routing found no department',
        detail: entry.from ? `Before: ${entry.from}` : undefined,
      };
    case 'visibility':
      return { title: `Visibility: ${change(entry.from, entry.to, visibilityLabel)}` };
    case 'comment-published':
      return { title: 'Comment published to the portal', detail: entry.to ? `“${entry.to}”` : undefined };
    case 'work-order':
      // "WO-00012: offered to Acme Plumbing".
      return { title: entry.to ? `Work order ${entry.to}` : 'Work order changed' };
    case 'rating':
      return { title: entry.to ? `Rated: ${entry.to}` : 'Rated' };
    default:
      return { title: entry.to ?? 'Changed' };
  }
};

/** Everything that happened to the request, oldest first, with who did it. */
export const TicketTimeline = ({ entries }: { entries: TimelineEntry[] }) => (
  <Panel id="service-desk-timeline" title="Timeline" description="Oldest first.">
    {entries.length === 0 ? (
      <Typography textColor="neutral600">Nothing has happened yet.</Typography>
    ) : (
      <Steps>
        {entries.map((entry, index) => {
          const { title, detail } = describe(entry);
          return (
            <li key={`${entry.at}-${index}`}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="bold" textColor="neutral800">
                  {title}
                </Typography>
                {detail ? <Typography textColor="neutral800">{detail}</Typography> : null}
                <Typography variant="pi" textColor="neutral600">
                  <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>, by {entry.actor}
                </Typography>
                {entry.note ? (
                  <Box background="neutral100" hasRadius padding={2}>
                    <Typography textColor="neutral800" style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.note}
                    </Typography>
                  </Box>
                ) : null}
              </Flex>
            </li>
          );
        })}
      </Steps>
    )}
  </Panel>
);
