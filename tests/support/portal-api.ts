import request from 'supertest';

export const DEMO_PASSWORD = 'Portal-demo-2026';

/** Logs a portal user in through users-permissions and returns their JWT. */
export async function loginAs(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request(baseUrl).post('/api/auth/local').send({ identifier: email, password });
  if (response.status !== 200) throw new Error(`Login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.jwt;
}

export interface PlaceView {
  role: string;
  location: { documentId: string; name: string; timezone: string };
  unit: { documentId: string; name: string } | null;
  /** The portal features live at the location. */
  features: string[];
}

export async function placesOf(baseUrl: string, jwt: string): Promise<PlaceView[]> {
  const response = await request(baseUrl).get('/api/portal-features/me/places').set('authorization', `Bearer ${jwt}`);
  if (response.status !== 200) throw new Error(`places: ${response.status}`);
  return response.body.data;
}

/** Logs a staff member into the Strapi admin and returns their admin JWT. */
export async function adminLogin(baseUrl: string, email = 'admin@example.com', password = DEMO_PASSWORD): Promise<string> {
  const response = await request(baseUrl).post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`Admin login as ${email} failed: ${response.status}`);
  return response.body.data.token;
}

/** Requests carrying a bearer token: a portal user's JWT or an admin's. */
export const withToken = (baseUrl: string, token: string) => ({
  get: (path: string) => request(baseUrl).get(path).set('authorization', `Bearer ${token}`),
  post: (path: string, body: object) => request(baseUrl).post(path).set('authorization', `Bearer ${token}`).send(body),
  put: (path: string, body: object) => request(baseUrl).put(path).set('authorization', `Bearer ${token}`).send(body),
});
