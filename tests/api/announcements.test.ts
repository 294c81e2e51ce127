import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let occupantJwt: string;
let harbour: PlaceView;

const day = 24 * 60 * 60 * 1000;
const documentIdOf = async (table: string, name: string) => (await strapi.db.query(`SELECT document_id FROM ${table} WHERE name = $1`, [name])).rows[0].document_id as string;
const announce = (data: Record<string, unknown>) => withToken(strapi.url, adminToken).post('/content-manager/collection-types/plugin::portal-features.announcement', data);
const titlesFor = async (jwt: string) =>
  (await withToken(strapi.url, jwt).get(`/api/portal-features/announcements?location=${harbour.location.documentId}`)).body.data.map((a: any) => a.title).sort();
const count = async () => (await strapi.db.query('SELECT count(*)::int AS n FROM pf_announcements')).rows[0].n as number;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  occupantJwt = await loginAs(strapi.url, 'occupant@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Announcements', () => {
  it('are refused with FeatureDisabled while the feature is off', async () => {
    const response = await withToken(strapi.url, tenantJwt).get(`/api/portal-features/announcements?location=${harbour.location.documentId}`);
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ name: 'FeatureDisabled', details: { feature: 'announcements' } });
  });

  it('reach the location, the unit or the customer\'s locations, during their window only', async () => {
    await withToken(strapi.url, adminToken).put(`/portal-features/locations/${harbour.location.documentId}/features/announcements`, { enabled: true });
    const now = Date.now();
    const current = { publishFrom: new Date(now - day).toISOString() };
    const location = { connect: [harbour.location.documentId] };
    const created = await Promise.all([
      announce({ title: 'Lift service on Monday', body: 'b', scope: 'location', location, ...current }),
      announce({ title: 'Flat 1 boiler check', body: 'b', scope: 'unit', unit: { connect: [await documentIdOf('pf_units', 'Flat 1')] }, ...current }),
      announce({ title: 'Flat 2 window cleaning', body: 'b', scope: 'unit', unit: { connect: [await documentIdOf('pf_units', 'Flat 2')] }, ...current }),
      announce({ title: 'New office hours', body: 'b', scope: 'customer', customer: { connect: [await documentIdOf('pf_customers', 'Harbour Estates Ltd')] }, ...current }),
      announce({ title: 'Old news', body: 'b', scope: 'location', location, publishFrom: new Date(now - 10 * day).toISOString(), publishUntil: new Date(now - day).toISOString() }),
      announce({ title: 'Next month', body: 'b', scope: 'location', location, publishFrom: new Date(now + 30 * day).toISOString() }),
    ]);
    expect(created.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);

    expect(await titlesFor(tenantJwt)).toEqual(['Flat 1 boiler check', 'Lift service on Monday', 'New office hours']);
    expect(await titlesFor(occupantJwt)).toEqual(['Flat 2 window cleaning', 'Lift service on Monday', 'New office hours']);
  });

  it('are refused without the target their scope names, or with a window that ends first, and nothing is saved', async () => {
    const before = await count();
    const noUnit = await announce({ title: 'x', body: 'b', scope: 'unit', publishFrom: new Date().toISOString() });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.error.message).toBe('Choose the unit to show it to');
    const backwards = await announce({
      title: 'x', body: 'b', scope: 'location', location: { connect: [harbour.location.documentId] },
      publishFrom: new Date(Date.now()).toISOString(), publishUntil: new Date(Date.now() - day).toISOString(),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toBe('The end of the publish window must come after its start');
    expect(await count()).toBe(before);
  });
});
