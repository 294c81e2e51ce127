import { Box, Flex, Tooltip, Typography } from '@strapi/design-system';
import { Information } from '@strapi/icons';

interface ColumnHeaderProps {
  label: string;
  /** The one-line explanation, shown in a tooltip. */
  explanation: string;
  /** The id of the same explanation in the legend under the grid, always in the page. */
  explanationId: string;
}

/**
 * A column header of the grid: its name as a button that shows the one-line explanation on hover
 * and on keyboard focus, and is described by the same line in the legend for screen readers.
 */
export const ColumnHeader = ({ label, explanation, explanationId }: ColumnHeaderProps) => (
  <Tooltip label={explanation} side="top">
    <Box
      tag="button"
      type="button"
      aria-describedby={explanationId}
      background="transparent"
      borderWidth={0}
      padding={0}
      cursor="help"
      textAlign="left"
    >
      <Flex gap={1} alignItems="center" maxWidth="9rem">
        <Typography variant="pi" fontWeight="bold" textColor="neutral800" style={{ whiteSpace: 'normal' }}>
          {label}
        </Typography>
        <Information fill="neutral500" aria-hidden width="1.4rem" height="1.4rem" style={{ flexShrink: 0 }} />
      </Flex>
    </Box>
  </Tooltip>
);
