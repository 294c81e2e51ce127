import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let harbour: PlaceView;
let customerId: string;

const admin = () => withToken(strapi.url, adminToken);
const tenant = () => withToken(strapi.url, tenantJwt);

const locationRow = async (name: string) => {
  const board = await admin().get('/portal-features/locations?pageSize=100');
  return board.body.data.find((row: any) => row.name === name);
};

const ticketCount = async () => (await strapi.db.query('SELECT count(*)::int AS n FROM sr_tickets')).rows[0].n as number;

/** Every Service Request route, as the tenant at Harbour View Court calls it. */
const serviceRequestCalls = (ticketId: string) => [
  ['POST /tickets', () => tenant().post('/api/service-requests/tickets', { summary: 'Leak', description: 'Drip', location: harbour.location.documentId, visibility: 'management' })],
  ['GET /tickets?location', () => tenant().get(`/api/service-requests/tickets?location=${harbour.location.documentId}`)],
  ['GET /tickets/:id', () => tenant().get(`/api/service-requests/tickets/${ticketId}`)],
] as const;

const expectAllRefused = async (ticketId: string) => {
  for (const [name, call] of serviceRequestCalls(ticketId)) {
    const response = await call();
    expect({ name, status: response.status, error: response.body.error?.name, details: response.body.error?.details, message: response.body.error?.message }).toEqual({
      message: 'This location does not offer service-request in its portal',
      name,
      status: 403,
      error: 'FeatureDisabled',
      details: { feature: 'service-request', location: harbour.location.documentId },
    });
  }
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
  customerId = (await admin().get('/portal-features/customers')).body.data[0].documentId;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Portal feature switches', () => {
  it('starts a new location with only Service Request and Elapsed Time on', async () => {
    const created = await admin().post('/content-manager/collection-types/plugin::portal-features.location', { name: 'Quayside Offices', timezone: 'Europe/Dublin', portalEnabled: true });
    expect(created.status).toBe(201);
    const row = await locationRow('Quayside Offices');
    expect(Object.entries(row.features).filter(([, on]) => on).map(([key]) => key)).toEqual(['service-request', 'elapsed-time']);
  });

  it('tells the portal which features are live at each of the user\'s places', async () => {
    expect(harbour.features).toEqual(['service-request', 'elapsed-time']);
  });

  it('switches a feature on for one location, live at once, and records who did it', async () => {
    const response = await admin().put(`/portal-features/locations/${harbour.location.documentId}/features/supply-request`, { enabled: true });
    expect(response.status).toBe(200);
    expect((await locationRow('Harbour View Court')).live).toContain('supply-request');
    const [place] = await placesOf(strapi.url, tenantJwt);
    expect(place.features).toContain('supply-request');

    const history = await admin().get(`/portal-features/history?location=${harbour.location.documentId}`);
    expect(history.body.data[0]).toMatchObject({ scope: 'feature', feature: 'supply-request', location: 'Harbour View Court', before: false, after: true, changedBy: 'Alex Admin' });
  });

  it('switches a whole column for a customer\'s locations', async () => {
    const response = await admin().put(`/portal-features/customers/${customerId}/features/feedback`, { enabled: true });
    expect(response.status).toBe(200);
    expect((await locationRow('Harbour View Court')).features.feedback).toBe(true);
    expect((await locationRow('Lakeside Plaza')).features.feedback).toBe(true);
  });

  it('refuses a switch with a bad feature or value, and changes nothing', async () => {
    const before = await locationRow('Harbour View Court');
    const unknown = await admin().put(`/portal-features/locations/${harbour.location.documentId}/features/teleport`, { enabled: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].message).toContain('feature must be one of');
    const notBoolean = await admin().put(`/portal-features/locations/${harbour.location.documentId}/features/surveys`, { enabled: 'yes' });
    expect(notBoolean.status).toBe(400);
    expect(notBoolean.body.error.details.errors[0]).toMatchObject({ path: ['enabled'], message: 'enabled must be true or false' });
    const missing = await admin().put('/portal-features/locations/no-such-location/features/surveys', { enabled: true });
    expect(missing.status).toBe(404);
    expect(await locationRow('Harbour View Court')).toEqual(before);
  });

  it('refuses every Service Request route with FeatureDisabled while the feature is off, and writes nothing', async () => {
    const filed = await tenant().post('/api/service-requests/tickets', { summary: 'Lift', description: 'Stuck', location: harbour.location.documentId, visibility: 'block' });
    expect(filed.status).toBe(201);
    const ticketId = filed.body.data.documentId;
    const before = await ticketCount();

    await admin().put(`/portal-features/locations/${harbour.location.documentId}/features/service-request`, { enabled: false });
    await expectAllRefused(ticketId);
    expect(await ticketCount()).toBe(before);
    const list = await tenant().get('/api/service-requests/tickets');
    expect(list.body.data).toEqual([]);

    await admin().put(`/portal-features/locations/${harbour.location.documentId}/features/service-request`, { enabled: true });
    expect((await tenant().get(`/api/service-requests/tickets/${ticketId}`)).status).toBe(200);
  });

  it('refuses them too while the location\'s portal is off', async () => {
    const ticketId = (await tenant().get('/api/service-requests/tickets')).body.data[0].documentId;
    await admin().put(`/portal-features/locations/${harbour.location.documentId}/portal`, { enabled: false });
    await expectAllRefused(ticketId);
    await admin().put(`/portal-features/locations/${harbour.location.documentId}/portal`, { enabled: true });
  });

  it('refuses them too while the customer\'s portal is off, and records that switch', async () => {
    const ticketId = (await tenant().get('/api/service-requests/tickets')).body.data[0].documentId;
    await admin().put(`/portal-features/customers/${customerId}/portal`, { enabled: false });
    await expectAllRefused(ticketId);
    await admin().put(`/portal-features/customers/${customerId}/portal`, { enabled: true });
    expect((await tenant().get(`/api/service-requests/tickets/${ticketId}`)).status).toBe(200);

    const history = await admin().get('/portal-features/history?pageSize=100');
    const customerSwitches = history.body.data.filter((entry: any) => entry.scope === 'customer-portal');
    expect(customerSwitches.map((entry: any) => [entry.before, entry.after])).toEqual([[false, true], [true, false]]);
  });

  it('records a switch made in the content manager too', async () => {
    const edited = await admin().put(`/content-manager/collection-types/plugin::portal-features.location/${harbour.location.documentId}`, {
      features: { ...(await locationRow('Harbour View Court')).features, surveys: true },
    });
    expect(edited.status).toBe(200);
    const history = await admin().get(`/portal-features/history?location=${harbour.location.documentId}`);
    expect(history.body.data[0]).toMatchObject({ feature: 'surveys', before: false, after: true, changedBy: 'Alex Admin' });
  });
});
