import type { Core } from '@strapi/strapi';

/** Where a portal user belongs, read from the portal-features plugin. */
export interface Place {
  role: string;
  location: { id: number; documentId: string; name: string; timezone: string; portalOpen: boolean };
  unit: { id: number; documentId: string; name: string } | null;
}

export const openPlacesOf = (strapi: Core.Strapi, userId: number): Promise<Place[]> =>
  strapi.plugin('portal-features').service('memberships').openPlacesOf(userId);
