import type { Core } from '@strapi/strapi';
import { locationRules } from './document-middlewares/location-rules';
import { switchHistory } from './document-middlewares/switch-history';
import { supplyDecisions } from './document-middlewares/supply-decisions';
import { announcementRules } from './document-middlewares/announcement-rules';
import { qualityCheckRules } from './document-middlewares/quality-check-rules';
import { surveyRules } from './document-middlewares/survey-rules';
import { clockInRules } from './document-middlewares/clock-in-rules';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Strapi's middleware type is a union over every content type; ours read only uid, action, params.
  strapi.documents.use(locationRules as any);
  strapi.documents.use(switchHistory(strapi) as any);
  strapi.documents.use(supplyDecisions(strapi) as any);
  strapi.documents.use(announcementRules(strapi) as any);
  strapi.documents.use(qualityCheckRules(strapi) as any);
  strapi.documents.use(surveyRules as any);
  strapi.documents.use(clockInRules(strapi) as any);
};

export default register;
