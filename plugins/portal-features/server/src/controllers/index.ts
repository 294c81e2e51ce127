import adminLocations from './admin-locations';
import adminSwitches from './admin-switches';
import announcements from './announcements';
import feedback from './feedback';
import myPlaces from './my-places';
import qualityChecks from './quality-checks';
import sharedFiles from './shared-files';
import supplies from './supplies';
import surveys from './surveys';
import timeClock from './time-clock';

export default { 'admin-locations': adminLocations, 'admin-switches': adminSwitches, announcements, feedback, 'my-places': myPlaces, 'quality-checks': qualityChecks, 'shared-files': sharedFiles, supplies, surveys, 'time-clock': timeClock };
