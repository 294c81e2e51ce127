import adminLocations from './admin-locations';
import myPlaces from './my-places';

export default { 'admin-locations': adminLocations, 'my-places': myPlaces };
