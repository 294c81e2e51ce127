import * as React from 'react';
import { Button, Field, Flex, Switch, Textarea, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { TicketChanges } from '../hooks/use-ticket-changes';

interface CommentFormProps {
  canPublish: boolean;
  changes: TicketChanges;
}

const SWITCH_ID = 'service-desk-comment-published';

/** The design system paints "off" red; here off is the normal, safe choice (internal), so it is grey. */
const Calm = styled.span`
  display: inline-flex;

  & button[role='switch'][data-state='unchecked']:not([data-disabled]) {
    background-color: ${({ theme }) => theme.colors.neutral500};
  }
`;

/** A new comment: internal unless the agent switches "Publish to the portal" on. */
export const CommentForm = ({ canPublish, changes }: CommentFormProps) => {
  const [body, setBody] = React.useState('');
  const [published, setPublished] = React.useState(false);
  const [errors, setErrors] = React.useState<Record<string, string>>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setErrors({ body: 'Write the comment first.' });
      return;
    }
    const result = await changes.addComment({ body: body.trim(), published });
    if (result.saved) {
      setBody('');
      setPublished(false);
      setErrors({});
    } else {
      setErrors(result.fieldErrors);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="service-desk-comment-form">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography tag="h3" variant="omega" fontWeight="bold" id="service-desk-comment-form">
          Add a comment
        </Typography>
        <Field.Root name="body" id="service-desk-comment-body" error={errors.body}>
          <Field.Label>Comment</Field.Label>
          <Textarea value={body} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setBody(event.target.value)} />
          <Field.Error />
        </Field.Root>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={3} alignItems="center">
            <Calm>
              <Switch
                id={SWITCH_ID}
                checked={published}
                disabled={!canPublish}
                onCheckedChange={setPublished}
                aria-describedby={`${SWITCH_ID}-hint${errors.published ? ` ${SWITCH_ID}-error` : ''}`}
                visibleLabels={false}
                onLabel="On"
                offLabel="Off"
              />
            </Calm>
            <Typography tag="label" htmlFor={SWITCH_ID} fontWeight="semiBold" textColor="neutral800">
              Publish to the portal
            </Typography>
          </Flex>
          <Typography id={`${SWITCH_ID}-hint`} variant="pi" textColor="neutral600">
            {canPublish
              ? 'Off: an internal note only staff see. On: the reporter and whoever the request is shared with see it in the portal.'
              : 'Your comment stays internal: publishing to the portal needs the permission to publish requests.'}
          </Typography>
          {errors.published ? (
            <Typography id={`${SWITCH_ID}-error`} variant="pi" textColor="danger600">
              {errors.published}
            </Typography>
          ) : null}
        </Flex>
        <Flex>
          <Button type="submit" loading={changes.saving === 'comment'} disabled={changes.saving !== null}>
            {published ? 'Add and publish' : 'Add internal comment'}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};
