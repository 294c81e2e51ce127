import { Flex, Typography } from '@strapi/design-system';
import type { FeedbackEntry } from '../api/client';
import { SATISFACTION_SCALE } from '../../../server/src/domain/satisfaction';
import { SmallTable } from './small-table';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const ratingLabel = (rating: FeedbackEntry['rating']) => SATISFACTION_SCALE.find((step) => step.value === rating)?.label ?? rating;

interface FeedbackListProps {
  entries: FeedbackEntry[];
  locationName: string;
  page: number;
  pageCount: number;
  isLoading: boolean;
}

/** A location's feedback, newest first: when, how it was rated, what was said and by whom. */
export const FeedbackList = ({ entries, locationName, page, pageCount, isLoading }: FeedbackListProps) => (
  <Flex tag="section" aria-labelledby="portal-features-feedback-list" direction="column" alignItems="stretch" gap={3}>
    <Typography tag="h2" variant="delta" id="portal-features-feedback-list">
      Feedback, newest first
    </Typography>
    <SmallTable
      caption={`Feedback at ${locationName}, newest first, page ${page} of ${Math.max(pageCount, 1)}`}
      columns={['Date', 'Rating', 'Note', 'Author']}
      rows={entries.map((entry) => ({
        key: entry.documentId,
        cells: [
          <time dateTime={entry.createdAt}>{when.format(new Date(entry.createdAt))}</time>,
          ratingLabel(entry.rating),
          entry.note || <Typography textColor="neutral600">No note</Typography>,
          entry.author,
        ],
      }))}
      emptyMessage="No feedback yet."
      isLoading={isLoading}
      loadingMessage="Loading the feedback"
    />
  </Flex>
);
