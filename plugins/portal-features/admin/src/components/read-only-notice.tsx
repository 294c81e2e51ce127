import { Box, Flex, Typography } from '@strapi/design-system';
import { Information } from '@strapi/icons';
import { ADMIN_ACTIONS } from '../../../server/src/permissions/actions';

const updatePermission = ADMIN_ACTIONS.find((action) => action.uid === 'features.update')!.displayName;

/** Tells an admin without the update permission why every switch is greyed out. */
export const ReadOnlyNotice = () => (
  <Box background="primary100" borderColor="primary200" borderStyle="solid" borderWidth="1px" hasRadius padding={4}>
    <Flex gap={3} alignItems="flex-start">
      <Information fill="primary600" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography fontWeight="bold" textColor="neutral800">
          You can see the switches but not change them.
        </Typography>
        <Typography textColor="neutral800">
          Changing them needs the “{updatePermission}” permission. An administrator can add it to your role under Settings, Roles, Plugins.
        </Typography>
      </Flex>
    </Flex>
  </Box>
);
