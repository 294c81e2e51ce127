/**
 * The demo tenant as the portal sees them: a JWT, and the location and unit they may report for
 * (Harbour View Court, Flat 1). Both benched routes are called with this JWT.
 */
import { callJson } from './http.mjs';

export const TENANT = { identifier: 'tenant@example.com', password: 'Portal-demo-2026' };
export const TENANT_PLACE = { location: 'Harbour View Court', unit: 'Flat 1' };

export async function signInTenant(strapiUrl) {
  const { jwt, user } = await callJson(`${strapiUrl}/api/auth/local`, { method: 'POST', body: TENANT });
  const { data: places } = await callJson(`${strapiUrl}/api/portal-features/me/places`, { token: jwt });
  const place = places.find((candidate) => candidate.location.name === TENANT_PLACE.location && candidate.unit?.name === TENANT_PLACE.unit);
  if (!place) throw new Error(`${TENANT.identifier} is not a member of ${TENANT_PLACE.location}, ${TENANT_PLACE.unit}: is the demo data seeded?`);
  return { jwt, userDocumentId: user.documentId, locationId: place.location.documentId, unitId: place.unit.documentId };
}

/** Sends one request as the benched routes will, to fail early and clearly if it is refused. */
export const postOnce = (url, { jwt, body }) => callJson(url, { method: 'POST', token: jwt, body });
