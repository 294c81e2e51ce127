/**
 * The demo tenant as the portal sees them: a JWT, and the location and unit they may report for
 * (Harbour View Court, Flat 1). Both benched routes are called with this JWT.
 */
export const TENANT = { identifier: 'tenant@example.com', password: 'Portal-demo-2026' };

async function call(url, { method = 'GET', jwt, body } = {}) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(jwt ? { authorization: `Bearer ${jwt}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}

export async function signInTenant(strapiUrl) {
  const { jwt, user } = await call(`${strapiUrl}/api/auth/local`, { method: 'POST', body: TENANT });
  const { data: places } = await call(`${strapiUrl}/api/portal-features/me/places`, { jwt });
  const place = places.find((candidate) => candidate.location.name === 'Harbour View Court' && candidate.unit?.name === 'Flat 1');
  if (!place) throw new Error(`${TENANT.identifier} is not a member of Harbour View Court, Flat 1: is the demo data seeded?`);
  return { jwt, userDocumentId: user.documentId, locationId: place.location.documentId, unitId: place.unit.documentId };
}

/** Sends one request as the benched routes will, to fail early and clearly if it is refused. */
export const postOnce = (url, { jwt, body }) => call(url, { method: 'POST', jwt, body });
