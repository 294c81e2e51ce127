import { Box, Flex, Typography } from '@strapi/design-system';
import type { QuestionResult } from '../api/client';
import { outOfFive } from './feedback-summary';
import { SmallTable } from './small-table';

const answeredBy = (answered: number) => `${answered} ${answered === 1 ? 'answer' : 'answers'}`;

const RatingResult = ({ question }: { question: Extract<QuestionResult, { kind: 'rating' }> }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography textColor="neutral800">
      Average: <Typography fontWeight="bold">{outOfFive(question.average)}</Typography>
    </Typography>
    <SmallTable
      caption={`Answers to “${question.prompt}” per rating, from 1 to 5`}
      columns={['Rating', 'Answers']}
      rows={question.counts.map((count, index) => ({ key: String(index + 1), cells: [`${index + 1} of 5`, String(count)] }))}
      emptyMessage="No answers yet."
    />
  </Flex>
);

const ChoiceResult = ({ question }: { question: Extract<QuestionResult, { kind: 'choice' }> }) => (
  <SmallTable
    caption={`Answers to “${question.prompt}” per option`}
    columns={['Option', 'Answers']}
    rows={Object.entries(question.counts).map(([option, count]) => ({ key: option, cells: [option, String(count)] }))}
    emptyMessage="This question has no options."
  />
);

const TextResult = ({ question }: { question: Extract<QuestionResult, { kind: 'text' }> }) =>
  question.answers.length === 0 ? (
    <Typography textColor="neutral600">No answers yet.</Typography>
  ) : (
    <Box tag="ul" aria-label={`Answers to “${question.prompt}”`} paddingLeft={5} style={{ listStyle: 'disc' }}>
      {question.answers.map((answer, index) => (
        <Box tag="li" key={index} paddingBottom={2}>
          <Typography textColor="neutral800" style={{ whiteSpace: 'pre-wrap' }}>
            {answer}
          </Typography>
        </Box>
      ))}
    </Box>
  );

/** One question's results: a rating's average and spread, a choice's counts, or the written answers. */
export const QuestionResults = ({ question, number }: { question: QuestionResult; number: number }) => {
  const headingId = `portal-features-question-${question.id}`;
  return (
    <Box tag="section" aria-labelledby={headingId} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography tag="h3" variant="delta" id={headingId}>
            {number}. {question.prompt}
          </Typography>
          <Typography textColor="neutral600">{answeredBy(question.answered)}</Typography>
        </Flex>
        {question.kind === 'rating' ? (
          <RatingResult question={question} />
        ) : question.kind === 'choice' ? (
          <ChoiceResult question={question} />
        ) : (
          <TextResult question={question} />
        )}
      </Flex>
    </Box>
  );
};
