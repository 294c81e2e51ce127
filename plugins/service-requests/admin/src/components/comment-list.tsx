import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { CommentView } from '../../../server/src/contracts/service-desk';
import type { TicketChanges } from '../hooks/use-ticket-changes';
import { FileLinks } from './ticket-details';
import { ToneBadge } from './tone-badge';

const Items = styled.ol`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.spaces[3]};
`;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Who sees a comment: a reporter's message is theirs already; a staff comment is internal until published. */
const Audience = ({ comment }: { comment: CommentView }) => {
  if (comment.authorKind === 'reporter') return <ToneBadge tone="secondary">From the reporter</ToneBadge>;
  return comment.published ? <ToneBadge tone="success">Published to portal</ToneBadge> : <ToneBadge tone="warning">Internal</ToneBadge>;
};

interface CommentListProps {
  comments: CommentView[];
  canPublish: boolean;
  changes: TicketChanges;
}

/** The conversation on the request, oldest first: staff notes and the reporter's messages. */
export const CommentList = ({ comments, canPublish, changes }: CommentListProps) =>
  comments.length === 0 ? (
    <Typography textColor="neutral600">No comments yet.</Typography>
  ) : (
    <Items aria-label="Conversation, oldest first">
      {comments.map((comment) => (
        <Box
          tag="li"
          key={comment.documentId}
          padding={4}
          hasRadius
          borderStyle="solid"
          borderWidth="1px"
          borderColor={comment.authorKind === 'reporter' ? 'secondary200' : 'neutral200'}
          background={comment.authorKind === 'reporter' ? 'secondary100' : 'neutral0'}
        >
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Flex gap={2} alignItems="center" wrap="wrap">
              <Typography fontWeight="bold" textColor="neutral800">
                {comment.authorName}
              </Typography>
              <Typography variant="pi" textColor="neutral700">
                {comment.authorKind === 'staff' ? 'Staff' : 'Reporter'},{' '}
                <time dateTime={comment.createdAt}>{when.format(new Date(comment.createdAt))}</time>
              </Typography>
              <Audience comment={comment} />
            </Flex>
            <Typography textColor="neutral800" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {comment.body}
            </Typography>
            {comment.attachments.length > 0 ? (
              <FileLinks files={comment.attachments} label={`Attachments of ${comment.authorName}'s comment`} />
            ) : null}
            {comment.authorKind === 'staff' && !comment.published && canPublish ? (
              <Flex>
                <Button
                  size="S"
                  variant="secondary"
                  loading={changes.saving === `publish:${comment.documentId}`}
                  disabled={changes.saving !== null}
                  onClick={() => changes.publishComment(comment.documentId)}
                  aria-label={`Publish to portal: comment by ${comment.authorName}, ${when.format(new Date(comment.createdAt))}`}
                >
                  Publish to portal
                </Button>
              </Flex>
            ) : null}
          </Flex>
        </Box>
      ))}
    </Items>
  );
