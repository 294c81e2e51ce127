import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { FileView, SlaView, TicketDetail } from '../../../server/src/contracts/service-desk';
import { Panel } from './panel';
import { SlaSummary, timeLeft } from './sla';

const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[4]}`};
  margin: 0;
  font-size: ${({ theme }) => theme.fontSizes[2]};
  line-height: 1.43;

  & dt {
    font-weight: 600;
    color: ${({ theme }) => theme.colors.neutral800};
  }

  & dd {
    margin: 0;
    color: ${({ theme }) => theme.colors.neutral800};
  }
`;

const Preserved = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

/** Times shown in the location's timezone, named, since that is where the work happens. */
const inZone = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: timeZone ? 'short' : undefined,
  }).format(new Date(iso));

const fileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Files open in a new tab: their links are signed and expire, so they are never copied into the page. */
export const FileLinks = ({ files, label }: { files: FileView[]; label: string }) => (
  <Box tag="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
    {files.map((file) => (
      <li key={file.url}>
        <Link href={file.url} isExternal rel="noopener noreferrer">
          {file.name}
        </Link>{' '}
        <Typography variant="pi" textColor="neutral600">
          ({file.mime}, {fileSize(file.size)})
        </Typography>
      </li>
    ))}
  </Box>
);

/** One SLA target: when it is due, and either when it was met or how long is left. */
const Target = ({ dueAt, doneAt, now, timezone }: { dueAt: string | null; doneAt: string | null; now: number; timezone?: string }) => {
  if (!dueAt) return <>No target yet (set the priority)</>;
  const due = inZone(dueAt, timezone);
  if (doneAt) return <>{`Due ${due}; done ${inZone(doneAt, timezone)}${new Date(doneAt) <= new Date(dueAt) ? ', in time' : ', late'}`}</>;
  return <>{`Due ${due} (${timeLeft(dueAt, now).toLowerCase()})`}</>;
};

const SlaFacts = ({ sla, now, timezone }: { sla: SlaView; now: number; timezone?: string }) => (
  <>
    <dt>SLA</dt>
    <dd>
      <SlaSummary sla={sla} now={now} />
    </dd>
    <dt>First response</dt>
    <dd>
      <Target dueAt={sla.firstResponseDueAt} doneAt={sla.firstRespondedAt} now={now} timezone={timezone} />
    </dd>
    <dt>Resolution</dt>
    <dd>
      <Target dueAt={sla.resolutionDueAt} doneAt={sla.resolvedAt} now={now} timezone={timezone} />
    </dd>
  </>
);

/** What was reported, where, by whom, and how the request stands against its targets. */
export const TicketDetails = ({ ticket, now }: { ticket: TicketDetail; now: number }) => {
  const timezone = ticket.location?.timezone;
  return (
    <Panel id="service-desk-details" title="Details">
      <Preserved textColor="neutral800">{ticket.description}</Preserved>
      <Facts>
        <dt>Where</dt>
        <dd>{[ticket.location?.name, ticket.unit?.name].filter(Boolean).join(', ') || 'No location'}</dd>
        <dt>Reported by</dt>
        <dd>
          {ticket.reporter ? (
            <>
              {ticket.reporter.name} (<Link href={`mailto:${ticket.reporter.email}`}>{ticket.reporter.email}</Link>)
            </>
          ) : ticket.source === 'staff' ? (
            'Raised by staff'
          ) : (
            'Unknown'
          )}
        </dd>
        <dt>Reported</dt>
        <dd>{inZone(ticket.createdAt, timezone)}</dd>
        <dt>Updates</dt>
        <dd>{ticket.notifyOnUpdate ? 'The reporter is told of updates' : 'The reporter asked not to be told of updates'}</dd>
        <SlaFacts sla={ticket.sla} now={now} timezone={timezone} />
        {ticket.rating ? (
          <>
            <dt>Rating</dt>
            <dd>{`${ticket.rating.label} (${ticket.rating.value} of 5), ${inZone(ticket.rating.at, timezone)}`}</dd>
          </>
        ) : null}
      </Facts>
      {ticket.attachments.length > 0 ? (
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography tag="h3" variant="omega" fontWeight="bold">
            Attachments
          </Typography>
          <FileLinks files={ticket.attachments} label="Attachments of the request" />
        </Flex>
      ) : null}
    </Panel>
  );
};
