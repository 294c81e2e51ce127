import customer from './customer/schema.json';
import location from './location/schema.json';
import unit from './unit/schema.json';
import membership from './membership/schema.json';

export default {
  customer: { schema: customer },
  location: { schema: location },
  unit: { schema: unit },
  membership: { schema: membership },
};
