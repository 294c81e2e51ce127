import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let occupantJwt: string;
let harbour: PlaceView;

const as = (jwt: string) => withToken(strapi.url, jwt);
const switchFeedback = (enabled: boolean) => as(adminToken).put(`/portal-features/locations/${harbour.location.documentId}/features/feedback`, { enabled });

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

describe('Feedback', () => {
  it('is refused with FeatureDisabled while off', async () => {
    const give = await as(tenantJwt).post('/api/portal-features/feedback', { location: harbour.location.documentId, rating: 'satisfied' });
    expect(give.status).toBe(403);
    expect(give.body.error).toMatchObject({ name: 'FeatureDisabled', details: { feature: 'feedback' } });
    const list = await as(tenantJwt).get(`/api/portal-features/feedback?location=${harbour.location.documentId}`);
    expect(list.status).toBe(403);
  });

  it('takes a rating on the five-step scale with a note', async () => {
    expect((await switchFeedback(true)).status).toBe(200);
    const give = await as(tenantJwt).post('/api/portal-features/feedback', { location: harbour.location.documentId, rating: 'extremely-satisfied', note: 'The cleaners are great' });
    expect(give.status).toBe(201);
    expect(give.body.data).toMatchObject({ rating: 'extremely-satisfied', note: 'The cleaners are great' });
    await as(occupantJwt).post('/api/portal-features/feedback', { location: harbour.location.documentId, rating: 'dissatisfied' });
  });

  it('refuses a rating off the scale, and writes nothing', async () => {
    const before = (await strapi.db.query('SELECT count(*)::int AS n FROM pf_feedback')).rows[0].n;
    const response = await as(tenantJwt).post('/api/portal-features/feedback', { location: harbour.location.documentId, rating: 'meh' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['rating'], message: 'Choose how satisfied you are' });
    expect((await strapi.db.query('SELECT count(*)::int AS n FROM pf_feedback')).rows[0].n).toBe(before);
  });

  it('shows each user only their own feedback', async () => {
    const mine = await as(tenantJwt).get(`/api/portal-features/feedback?location=${harbour.location.documentId}`);
    expect(mine.body.data.map((f: any) => f.rating)).toEqual(['extremely-satisfied']);
  });

  it('gives staff the location\'s feedback with its average', async () => {
    const response = await as(adminToken).get(`/portal-features/feedback?location=${harbour.location.documentId}`);
    expect(response.status).toBe(200);
    expect(response.body.meta.summary).toMatchObject({ count: 2, average: 3.5, trend: 'not enough feedback' });
    expect(response.body.data.map((f: any) => f.author).sort()).toEqual(['Omar Occupant', 'Tara Tenant']);
  });
});
