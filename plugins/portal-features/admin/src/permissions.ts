import { ACTIONS } from '../../server/src/permissions/actions';

/** The admin pages check the same action UIDs the server registers and its routes require. */
export const PERMISSIONS = {
  readLocations: [{ action: ACTIONS.readLocations, subject: null }],
  updateLocations: [{ action: ACTIONS.updateLocations, subject: null }],
};
