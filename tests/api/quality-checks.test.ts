import request from 'supertest';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { pngImage } from '../support/files';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let customerJwt: string;
let harbour: PlaceView;

const areas = [
  { name: 'Reception', rating: 5, comment: 'Spotless' },
  { name: 'Washrooms', rating: 3, comment: 'Soap dispensers empty' },
];
const inspect = (data: Record<string, unknown>) =>
  withToken(strapi.url, adminToken).post('/content-manager/collection-types/plugin::portal-features.quality-check', {
    location: { connect: [harbour.location.documentId] },
    inspectedOn: '2026-11-20',
    inspector: 'Ina Inspector',
    overallScore: 86,
    areas,
    ...data,
  });
const published = () => withToken(strapi.url, customerJwt).get(`/api/portal-features/quality-checks?location=${harbour.location.documentId}`);

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  customerJwt = await loginAs(strapi.url, 'customer@example.com');
  harbour = (await placesOf(strapi.url, customerJwt)).find((place) => place.location.name === 'Harbour View Court')!;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Quality Checks', () => {
  it('are refused with FeatureDisabled while the feature is off', async () => {
    const response = await published();
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ name: 'FeatureDisabled', details: { feature: 'quality-checks' } });
  });

  it('show the client only inspections that staff reviewed and published, with signed image links', async () => {
    await withToken(strapi.url, adminToken).put(`/portal-features/locations/${harbour.location.documentId}/features/quality-checks`, { enabled: true });
    const upload = await request(strapi.url)
      .post('/upload')
      .set('authorization', `Bearer ${adminToken}`)
      .attach('files', pngImage(), { filename: 'reception.png', contentType: 'image/png' });
    expect(upload.status).toBe(201);
    const imageId = upload.body[0].id;

    expect((await inspect({ inspector: 'Draft only' })).status).toBe(201);
    expect((await inspect({ inspector: 'Reviewed, not published', reviewed: true })).status).toBe(201);
    expect((await inspect({ reviewed: true, published: true, images: [imageId] })).status).toBe(201);

    const response = await published();
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({ inspector: 'Ina Inspector', overallScore: 86, areas, images: [expect.objectContaining({ name: 'reception.png' })] }),
    ]);
    const image = new URL(response.body.data[0].images[0].url);
    expect(image.pathname).toMatch(/^\/private-files\//);
    expect((await request(strapi.url).get(image.pathname + image.search)).status).toBe(200);
    expect((await request(strapi.url).get(image.pathname)).status).toBe(403);
  });

  it('refuses to publish an unreviewed inspection, or areas off the scale, and saves nothing', async () => {
    const before = (await strapi.db.query('SELECT count(*)::int AS n FROM pf_quality_checks')).rows[0].n;
    const unreviewed = await inspect({ published: true });
    expect(unreviewed.status).toBe(400);
    expect(unreviewed.body.error.message).toBe('Review the inspection before publishing it to the client');
    const badArea = await inspect({ areas: [{ name: 'Lobby', rating: 9 }] });
    expect(badArea.status).toBe(400);
    expect(badArea.body.error.details.errors[0].path).toEqual(['areas']);
    expect((await strapi.db.query('SELECT count(*)::int AS n FROM pf_quality_checks')).rows[0].n).toBe(before);
  });
});
