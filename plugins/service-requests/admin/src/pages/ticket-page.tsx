import { Flex, Grid, Link, Loader, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { NavLink, useLocation, useParams } from 'react-router-dom';
import { CommentsPanel } from '../components/comments-panel';
import { LoadError } from '../components/load-error';
import { useNow } from '../components/sla';
import { StatusActions } from '../components/status-actions';
import { TicketDetails } from '../components/ticket-details';
import { statusLabel, statusTone, visibilityLabel } from '../components/ticket-labels';
import { ToneBadge } from '../components/tone-badge';
import { TicketTimeline } from '../components/ticket-timeline';
import { TriageCallout } from '../components/triage-callout';
import { TriagePanel } from '../components/triage-panel';
import { VisibilityControl } from '../components/visibility-control';
import { WorkOrderPanel } from '../components/work-order-panel';
import { NO_PERMISSIONS, useDeskOptions } from '../hooks/desk-options';
import { useAutoRefresh } from '../hooks/use-auto-refresh';
import { useTicket } from '../hooks/use-desk-data';
import { statusOf } from '../hooks/use-error-formatter';
import { useTicketChanges } from '../hooks/use-ticket-changes';
import { QUEUE_PATH, type FromQueue } from '../paths';

/** Back to the queue as the agent left it: same filters, same page. */
const BackToQueue = () => {
  const state = useLocation().state as FromQueue | null;
  return (
    <Link tag={NavLink} to={{ pathname: QUEUE_PATH, search: state?.queueSearch ?? '' }} startIcon={<ArrowLeft />}>
      Back to the queue
    </Link>
  );
};

const TicketPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  const ticket = useTicket(documentId);
  const options = useDeskOptions();
  const changes = useTicketChanges(ticket);
  const now = useNow();
  useAutoRefresh(ticket.reload);
  const can = options.data?.can ?? NO_PERMISSIONS;
  const detail = ticket.data;

  if (!detail) {
    return (
      <Page.Main aria-busy={ticket.isLoading}>
        <Page.Title>Service request</Page.Title>
        <Layouts.Header
          navigationAction={<BackToQueue />}
          title={statusOf(ticket.error) === 404 ? 'Request not found' : 'Service request'}
        />
        <Layouts.Content>
          {ticket.isLoading ? (
            <Flex justifyContent="center" padding={6}>
              <Loader small>Loading the request</Loader>
            </Flex>
          ) : (
            <LoadError title="The request could not be loaded." error={ticket.error} action={null} />
          )}
        </Layouts.Content>
      </Page.Main>
    );
  }

  return (
    <Page.Main>
      <Page.Title>{`${detail.reference}: ${detail.summary}`}</Page.Title>
      <Layouts.Header
        navigationAction={<BackToQueue />}
        title={detail.summary}
        subtitle={
          <Flex gap={2} alignItems="center" wrap="wrap" tag="span">
            <Typography textColor="neutral700">{detail.reference}</Typography>
            <ToneBadge tone={statusTone(detail.status)}>{statusLabel(detail.status)}</ToneBadge>
            <Typography textColor="neutral700">Visible to: {visibilityLabel(detail.visibility).toLowerCase()}</Typography>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {options.error ? (
            <LoadError title="What you may change could not be loaded, so nothing can be changed." error={options.error} action={null} />
          ) : null}
          {ticket.error ? (
            <LoadError title="The request could not be refreshed: it is shown as it was." error={ticket.error} action={null} />
          ) : null}
          <TriageCallout missing={detail.missing} canTriage={can.triage} />
          <Grid.Root gap={4}>
            <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={4}>
              <TicketDetails ticket={detail} now={now} />
              <CommentsPanel ticket={detail} can={can} changes={changes} />
              <TicketTimeline entries={detail.timeline} />
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
              <StatusActions ticket={detail} canChangeStatus={can.changeStatus} changes={changes} />
              <WorkOrderPanel ticket={detail} onCreated={ticket.reload} />
              <TriagePanel ticket={detail} options={options.data} canTriage={can.triage} changes={changes} />
              <VisibilityControl ticket={detail} canPublish={can.publish} changes={changes} />
            </Grid.Item>
          </Grid.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export { TicketPage };
