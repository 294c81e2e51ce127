import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import { FEATURES, PORTALS, explanationId } from '../features';

const Term = ({ children }: { children: React.ReactNode }) => (
  <Typography tag="dt" fontWeight="bold" textColor="neutral800">
    {children}
  </Typography>
);

const Definition = ({ id, children }: { id?: string; children: React.ReactNode }) => (
  <Typography tag="dd" id={id} textColor="neutral700" style={{ margin: 0 }}>
    {children}
  </Typography>
);

const State = ({ icon, name, id, children }: { icon?: React.ReactNode; name: string; id?: string; children: React.ReactNode }) => (
  <Flex gap={2} alignItems="flex-start">
    {icon ? (
      <Box paddingTop="2px" style={{ flexShrink: 0 }}>
        {icon}
      </Box>
    ) : null}
    <Typography textColor="neutral700" id={id}>
      <Typography fontWeight="bold" textColor="neutral800">
        {name}:
      </Typography>{' '}
      {children}
    </Typography>
  </Flex>
);

/** What each feature does and what "Live" and "Not live" mean: the help behind the column headers. */
export const FeatureLegend = () => (
  <Box tag="section" aria-labelledby="portal-features-legend" background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={5}>
      <Typography tag="h2" variant="delta" id="portal-features-legend">
        What the switches mean
      </Typography>
      <Typography tag="h3" variant="omega" fontWeight="bold" textColor="neutral800">
        The features
      </Typography>
      <Grid.Root tag="dl" gap={4} gridCols={2} style={{ margin: 0 }}>
        {FEATURES.map((feature) => (
          <Grid.Item key={feature.key} col={1} s={2} direction="column" alignItems="flex-start" gap={1}>
            <Term>{feature.label}</Term>
            <Definition id={explanationId(feature)}>{feature.explanation}</Definition>
          </Grid.Item>
        ))}
      </Grid.Root>
      <Typography tag="h3" variant="omega" fontWeight="bold" textColor="neutral800">
        The portals, and when people see a feature
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <State name={PORTALS.customer.label} id={PORTALS.customer.explanationId}>
          {PORTALS.customer.explanation}
        </State>
        <State name={PORTALS.location.label} id={PORTALS.location.explanationId}>
          {PORTALS.location.explanation}
        </State>
        <State icon={<CheckCircle fill="success600" aria-hidden />} name="Live">
          The feature is on, and so are the customer's portal and the location's portal: people at the location see it.
        </State>
        <State icon={<WarningCircle fill="warning600" aria-hidden />} name="Not live">
          The feature is switched on, but the customer's portal or the location's portal is off, so nobody sees it yet. It goes live as soon
          as both portals are on.
        </State>
      </Flex>
    </Flex>
  </Box>
);
