import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page, Pagination, useQueryParams } from '@strapi/strapi/admin';
import { useFeedback, useLocations } from '../api/client';
import { FeedbackList } from '../components/feedback-list';
import { FeedbackSummary } from '../components/feedback-summary';
import { LoadError } from '../components/load-error';
import { RecordPicker } from '../components/record-picker';
import { PERMISSIONS } from '../permissions';

/** The URL is the page's state, so a location's feedback can be linked to and paged like Strapi's lists. */
interface FeedbackQuery {
  location?: string;
  page?: string;
  pageSize?: string;
}

const DEFAULT_PAGE_SIZE = 10;
/** The picker offers the first hundred locations, by name. */
const PICKER_SIZE = 100;

const FeedbackPage = () => {
  const [{ query }, setQuery] = useQueryParams<FeedbackQuery>();
  const locationId = query.location ?? '';
  const page = Number(query.page ?? 1);

  const locations = useLocations({ pageSize: PICKER_SIZE });
  const feedback = useFeedback({ location: locationId, page, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE });

  const options = (locations.data?.data ?? []).map((location) => ({ documentId: location.documentId, label: location.name }));
  const result = feedback.data;
  const pagination = result?.meta.pagination;
  const locationName = result?.meta.location.name ?? options.find((option) => option.documentId === locationId)?.label ?? 'this location';

  return (
    <Page.Main>
      <Page.Title>Feedback</Page.Title>
      <Layouts.Header title="Feedback" subtitle="How clients rate the service at each location: the average, its trend and every note." />
      <Layouts.Action
        startActions={
          <RecordPicker
            name="feedback-location"
            label="Location"
            placeholder={locations.isLoading ? 'Loading the locations…' : 'Choose a location'}
            options={options}
            value={locationId}
            onChange={(location) => setQuery({ location, page: '1' })}
            disabled={locations.isLoading && options.length === 0}
          />
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {locations.error ? <LoadError title="The locations could not be loaded." error={locations.error} /> : null}
          {feedback.error ? <LoadError title="The feedback could not be loaded." error={feedback.error} /> : null}
          {!locationId ? (
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
              <Typography textColor="neutral600">Choose a location to see its feedback.</Typography>
            </Box>
          ) : !result ? (
            feedback.isLoading ? (
              <Flex justifyContent="center" padding={6}>
                <Loader small>Loading the feedback</Loader>
              </Flex>
            ) : null
          ) : (
            <>
              <FeedbackSummary summary={result.meta.summary} locationName={locationName} />
              <FeedbackList
                entries={result.data}
                locationName={locationName}
                page={pagination?.page ?? page}
                pageCount={pagination?.pageCount ?? 1}
                isLoading={feedback.isLoading}
              />
              {pagination && pagination.total > DEFAULT_PAGE_SIZE ? (
                <Box>
                  <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={DEFAULT_PAGE_SIZE}>
                    <Pagination.PageSize />
                    <Pagination.Links />
                  </Pagination.Root>
                </Box>
              ) : null}
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedFeedbackPage = () => (
  <Page.Protect permissions={PERMISSIONS.readFeedback}>
    <FeedbackPage />
  </Page.Protect>
);

export { FeedbackPage, ProtectedFeedbackPage };
