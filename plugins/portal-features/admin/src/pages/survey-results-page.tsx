import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page, useQueryParams } from '@strapi/strapi/admin';
import { useSurveyResults, useSurveys, type SurveyRow } from '../api/client';
import { LoadError } from '../components/load-error';
import { QuestionResults } from '../components/question-results';
import { RecordPicker } from '../components/record-picker';
import { PERMISSIONS } from '../permissions';

/** The chosen survey is in the URL, so results can be linked to. */
interface SurveyQuery {
  survey?: string;
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Staff survey (opens 3 Mar 2026)", so surveys of the same title can be told apart. */
const surveyLabel = (survey: SurveyRow) => (survey.opensAt ? `${survey.title} (opens ${day.format(new Date(survey.opensAt))})` : survey.title);

const Notice = ({ children }: { children: string }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Typography textColor="neutral600">{children}</Typography>
  </Box>
);

const SurveyResultsPage = () => {
  const [{ query }, setQuery] = useQueryParams<SurveyQuery>();
  const surveyId = query.survey ?? '';
  const surveys = useSurveys();
  const results = useSurveyResults(surveyId);

  const options = (surveys.data ?? []).map((survey) => ({ documentId: survey.documentId, label: surveyLabel(survey) }));
  const shown = results.data;

  return (
    <Page.Main>
      <Page.Title>Survey results</Page.Title>
      <Layouts.Header title="Survey results" subtitle="What clients answered, question by question." />
      <Layouts.Action
        startActions={
          <RecordPicker
            name="survey"
            label="Survey"
            placeholder={surveys.isLoading ? 'Loading the surveys…' : 'Choose a survey'}
            options={options}
            value={surveyId}
            onChange={(survey) => setQuery({ survey })}
            hint={surveys.data && surveys.data.length === 0 ? 'There are no surveys yet.' : undefined}
            disabled={surveys.isLoading && options.length === 0}
          />
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {surveys.error ? <LoadError title="The surveys could not be loaded." error={surveys.error} /> : null}
          {results.error ? <LoadError title="The results could not be loaded." error={results.error} /> : null}
          {!surveyId ? (
            <Notice>Choose a survey to see its results.</Notice>
          ) : !shown ? (
            results.isLoading ? (
              <Flex justifyContent="center" padding={6}>
                <Loader small>Loading the results</Loader>
              </Flex>
            ) : null
          ) : (
            <Flex tag="section" aria-labelledby="portal-features-survey-results" aria-busy={results.isLoading} direction="column" alignItems="stretch" gap={4}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography tag="h2" variant="beta" id="portal-features-survey-results">
                  {shown.survey.title}
                </Typography>
                <Typography textColor="neutral600">
                  {shown.responses} {shown.responses === 1 ? 'response' : 'responses'}
                </Typography>
              </Flex>
              {shown.questions.length === 0 ? <Notice>This survey has no questions.</Notice> : null}
              {shown.responses === 0 && shown.questions.length > 0 ? <Notice>No responses yet.</Notice> : null}
              {shown.questions.map((question, index) => (
                <QuestionResults key={question.id} question={question} number={index + 1} />
              ))}
            </Flex>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedSurveyResultsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readSurveyResults}>
    <SurveyResultsPage />
  </Page.Protect>
);

export { ProtectedSurveyResultsPage, SurveyResultsPage };
