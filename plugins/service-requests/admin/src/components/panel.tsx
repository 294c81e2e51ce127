import { Box, Flex, Typography } from '@strapi/design-system';

interface PanelProps {
  /** The id of the heading, which names the section for screen readers. */
  id: string;
  title: string;
  /** One line under the heading saying what the panel is for. */
  description?: React.ReactNode;
  children: React.ReactNode;
}

/** A titled card of the ticket view: a section named by its level-2 heading. */
export const Panel = ({ id, title, description, children }: PanelProps) => (
  <Box tag="section" aria-labelledby={id} background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography tag="h2" variant="delta" id={id}>
          {title}
        </Typography>
        {description ? <Typography textColor="neutral600">{description}</Typography> : null}
      </Flex>
      {children}
    </Flex>
  </Box>
);
