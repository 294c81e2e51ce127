import type { AstroCookies } from 'astro';
import type { Place } from '../portal-types';
import { isProduction } from './config';

const COOKIE = 'portal_location';

/** A location the user belongs to, with the features live there (from any of their memberships). */
export interface CurrentLocation {
  documentId: string;
  name: string;
  timezone: string;
  features: string[];
}

/** The user's locations, each once, in the order of their memberships. */
export const locationsOf = (places: Place[]): CurrentLocation[] => {
  const byId = new Map<string, CurrentLocation>();
  for (const place of places) {
    const known = byId.get(place.location.documentId);
    if (known) known.features = [...new Set([...known.features, ...place.features])];
    else byId.set(place.location.documentId, { ...place.location, features: [...place.features] });
  }
  return [...byId.values()];
};

/** The location the user chose to look at (a cookie), or their first one. */
export const currentLocation = (cookies: AstroCookies, locations: CurrentLocation[]) => {
  const chosen = cookies.get(COOKIE)?.value;
  return locations.find((location) => location.documentId === chosen) ?? locations[0] ?? null;
};

export const chooseLocation = (cookies: AstroCookies, documentId: string) =>
  cookies.set(COOKIE, documentId, { httpOnly: true, sameSite: 'lax', secure: isProduction(), path: '/', maxAge: 365 * 24 * 60 * 60 });
