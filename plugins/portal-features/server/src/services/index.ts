import adminLocations from './admin-locations';
import announcements from './announcements';
import features from './features';
import feedback from './feedback';
import locationPeople from './location-people';
import memberships from './memberships';
import qualityChecks from './quality-checks';
import sharedFiles from './shared-files';
import supplies from './supplies';
import surveys from './surveys';
import timeClock from './time-clock';

export default { 'admin-locations': adminLocations, announcements, features, feedback, 'location-people': locationPeople, memberships, 'quality-checks': qualityChecks, 'shared-files': sharedFiles, supplies, surveys, 'time-clock': timeClock };
