import { ACTIONS } from '../../server/src/permissions/actions';

/** The admin pages check the same action UIDs the server registers and its routes require. */
export const PERMISSIONS = {
  readFeatures: [{ action: ACTIONS.readFeatures, subject: null }],
  updateFeatures: [{ action: ACTIONS.updateFeatures, subject: null }],
  readFeedback: [{ action: ACTIONS.readFeedback, subject: null }],
  readSurveyResults: [{ action: ACTIONS.readSurveyResults, subject: null }],
};
