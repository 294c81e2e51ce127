import type { Core } from '@strapi/strapi';

const LOCATION = 'plugin::portal-features.location';

export interface Person {
  email: string;
  name: string;
}

/** The staff who look after a location. Other plugins ask here whom to notify. */
const locationPeople = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The location's active property managers. They are admin users, whose email the Document
   * Service does not populate (a private attribute), so they are read from the relation directly.
   */
  async managersOf(locationId: number): Promise<Person[]> {
    const location = await strapi.db.query(LOCATION).findOne({
      where: { id: locationId },
      populate: { propertyManagers: { select: ['email', 'firstname', 'lastname', 'isActive'] } },
    });
    return (location?.propertyManagers ?? [])
      .filter((manager: any) => manager.isActive && manager.email)
      .map((manager: any) => ({ email: manager.email, name: [manager.firstname, manager.lastname].filter(Boolean).join(' ') || manager.email }));
  },
});

export type LocationPeopleService = ReturnType<typeof locationPeople>;
export default locationPeople;
