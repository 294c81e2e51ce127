import { Divider, Typography } from '@strapi/design-system';
import type { DeskOptions, TicketDetail } from '../../../server/src/contracts/service-desk';
import type { TicketChanges } from '../hooks/use-ticket-changes';
import { CommentForm } from './comment-form';
import { CommentList } from './comment-list';
import { Panel } from './panel';

interface CommentsPanelProps {
  ticket: TicketDetail;
  can: DeskOptions['can'];
  changes: TicketChanges;
}

export const CommentsPanel = ({ ticket, can, changes }: CommentsPanelProps) => (
  <Panel
    id="service-desk-comments"
    title="Comments"
    description="Internal comments stay with staff; published ones appear on the request's page in the portal."
  >
    <CommentList comments={ticket.comments} canPublish={can.publish} changes={changes} />
    <Divider />
    {can.comment ? (
      <CommentForm canPublish={can.publish} changes={changes} />
    ) : (
      <Typography textColor="neutral600">You can read the comments but not add one.</Typography>
    )}
  </Panel>
);
