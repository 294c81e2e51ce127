import myPlaces from './my-places';

export default { 'my-places': myPlaces };
