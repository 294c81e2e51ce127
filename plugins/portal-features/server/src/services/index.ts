import adminLocations from './admin-locations';
import features from './features';
import feedback from './feedback';
import locationPeople from './location-people';
import memberships from './memberships';
import supplies from './supplies';

export default { 'admin-locations': adminLocations, features, feedback, 'location-people': locationPeople, memberships, supplies };
