import adminLocations from './admin-locations';
import adminSwitches from './admin-switches';
import myPlaces from './my-places';
import supplies from './supplies';

export default { 'admin-locations': adminLocations, 'admin-switches': adminSwitches, 'my-places': myPlaces, supplies };
