import adminLocations from './admin-locations';
import features from './features';
import memberships from './memberships';

export default { 'admin-locations': adminLocations, features, memberships };
