import adminLocations from './admin-locations';
import features from './features';
import locationPeople from './location-people';
import memberships from './memberships';
import supplies from './supplies';

export default { 'admin-locations': adminLocations, features, 'location-people': locationPeople, memberships, supplies };
