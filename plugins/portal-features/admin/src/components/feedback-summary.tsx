import { Box, Flex, Typography } from '@strapi/design-system';
import type { SatisfactionSummary } from '../api/client';
import { SmallTable } from './small-table';

const TRENDS: Record<SatisfactionSummary['trend'], string> = {
  improving: 'Improving: the last 30 days rate higher than the 30 days before.',
  worsening: 'Worsening: the last 30 days rate lower than the 30 days before.',
  steady: 'Steady: the last 30 days rate about the same as the 30 days before.',
  'not enough feedback': 'Not enough feedback yet: a trend needs feedback in the last 30 days and in the 30 days before.',
};

const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03` as "March 2026" (the server counts months in UTC). */
const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

/** "3.5 of 5" (always one decimal), or "none yet" when there is nothing to average. */
export const outOfFive = (average: number | null) =>
  average === null ? 'none yet' : `${average.toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} of 5`;

const Figure = ({ label, value }: { label: string; value: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} minWidth="10rem">
    <Flex tag="dl" direction="column" alignItems="flex-start" gap={1}>
      <Typography tag="dt" variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography tag="dd" variant="beta" textColor="neutral800" margin={0}>
        {value}
      </Typography>
    </Flex>
  </Box>
);

/** How a location is rated: how often, on average, which way it is going and month by month. */
export const FeedbackSummary = ({ summary, locationName }: { summary: SatisfactionSummary; locationName: string }) => (
  <Flex tag="section" aria-labelledby="portal-features-feedback-summary" direction="column" alignItems="stretch" gap={3}>
    <Typography tag="h2" variant="delta" id="portal-features-feedback-summary">
      Summary for {locationName}
    </Typography>
    <Flex gap={4} wrap="wrap" alignItems="stretch">
      <Figure label="Feedback" value={String(summary.count)} />
      <Figure label="Average rating" value={outOfFive(summary.average)} />
    </Flex>
    <Typography textColor="neutral800">
      <Typography fontWeight="bold">Trend.</Typography> {TRENDS[summary.trend]}
    </Typography>
    <Typography tag="h3" variant="epsilon" textColor="neutral800" id="portal-features-feedback-months">
      Average by month
    </Typography>
    <SmallTable
      caption={`Average rating of ${locationName} by month, oldest first`}
      columns={['Month', 'Average', 'Feedback']}
      rows={summary.byMonth.map((month) => ({
        key: month.month,
        cells: [formatMonth(month.month), outOfFive(month.average), String(month.count)],
      }))}
      emptyMessage="No feedback yet."
    />
  </Flex>
);
