import adminLocations from './admin-locations';
import adminSwitches from './admin-switches';
import myPlaces from './my-places';

export default { 'admin-locations': adminLocations, 'admin-switches': adminSwitches, 'my-places': myPlaces };
