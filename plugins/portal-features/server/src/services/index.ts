import adminLocations from './admin-locations';
import memberships from './memberships';

export default { 'admin-locations': adminLocations, memberships };
