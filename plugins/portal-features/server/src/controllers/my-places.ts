import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const myPlaces = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /me/places: the locations and units the signed-in portal user can use the portal at. */
  async find(ctx: any) {
    const user = ctx.state.user;
    if (!user) throw new errors.UnauthorizedError('Log in to see your places');
    const places = await getService(strapi, 'memberships').openPlacesOf(user.id);
    ctx.body = {
      data: places.map((place) => ({
        role: place.role,
        location: { documentId: place.location.documentId, name: place.location.name, timezone: place.location.timezone },
        unit: place.unit ? { documentId: place.unit.documentId, name: place.unit.name } : null,
        features: place.features,
      })),
    };
  },
});

export default myPlaces;
