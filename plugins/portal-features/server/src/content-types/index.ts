import customer from './customer/schema.json';
import location from './location/schema.json';
import unit from './unit/schema.json';
import membership from './membership/schema.json';
import featureChange from './feature-change/schema.json';
import announcement from './announcement/schema.json';
import clockIn from './clock-in/schema.json';
import document from './document/schema.json';
import feedback from './feedback/schema.json';
import locationFile from './location-file/schema.json';
import qualityCheck from './quality-check/schema.json';
import supplyItem from './supply-item/schema.json';
import survey from './survey/schema.json';
import surveyResponse from './survey-response/schema.json';
import supplyRequest from './supply-request/schema.json';

export default {
  customer: { schema: customer },
  location: { schema: location },
  unit: { schema: unit },
  membership: { schema: membership },
  'feature-change': { schema: featureChange },
  announcement: { schema: announcement },
  'clock-in': { schema: clockIn },
  document: { schema: document },
  feedback: { schema: feedback },
  'location-file': { schema: locationFile },
  'quality-check': { schema: qualityCheck },
  'supply-item': { schema: supplyItem },
  survey: { schema: survey },
  'survey-response': { schema: surveyResponse },
  'supply-request': { schema: supplyRequest },
};
