import request from 'supertest';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { pngImage } from '../support/files';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let harbour: PlaceView;
let lakesideId: string;

const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const uploadFile = async (buffer: Buffer, filename: string, contentType: string) => {
  const response = await request(strapi.url).post('/upload').set('authorization', `Bearer ${adminToken}`).attach('files', buffer, { filename, contentType });
  expect(response.status).toBe(201);
  return response.body[0].id as number;
};
const create = (type: string, data: Record<string, unknown>) =>
  withToken(strapi.url, adminToken).post(`/content-manager/collection-types/plugin::portal-features.${type}`, data);
const switchOn = (feature: string) => withToken(strapi.url, adminToken).put(`/portal-features/locations/${harbour.location.documentId}/features/${feature}`, { enabled: true });
const tenant = () => withToken(strapi.url, tenantJwt);

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
  lakesideId = (await strapi.db.query(`SELECT document_id FROM pf_locations WHERE name = 'Lakeside Plaza'`)).rows[0].document_id;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('File Storage and Documents', () => {
  it('are refused with FeatureDisabled while off', async () => {
    for (const path of ['location-files', 'documents']) {
      const response = await tenant().get(`/api/portal-features/${path}?location=${harbour.location.documentId}`);
      expect(response.status).toBe(403);
      expect(response.body.error.name).toBe('FeatureDisabled');
    }
  });

  it('list the location\'s files with signed links that open them', async () => {
    await switchOn('file-storage');
    const floorPlan = await uploadFile(pngImage(), 'floor-plan.png', 'image/png');
    expect((await create('location-file', { title: 'Floor plan', file: floorPlan, location: { connect: [harbour.location.documentId] } })).status).toBe(201);
    expect((await create('location-file', { title: 'Lakeside only', file: await uploadFile(pngImage(), 'other.png', 'image/png'), location: { connect: [lakesideId] } })).status).toBe(201);

    const response = await tenant().get(`/api/portal-features/location-files?location=${harbour.location.documentId}`);
    expect(response.body.data).toEqual([expect.objectContaining({ title: 'Floor plan', file: expect.objectContaining({ name: 'floor-plan.png', mime: 'image/png' }) })]);
    const link = new URL(response.body.data[0].file.url);
    expect((await request(strapi.url).get(link.pathname + link.search)).status).toBe(200);
    expect((await request(strapi.url).get(link.pathname)).status).toBe(403);
  });

  it('list documents by category, and filter by one', async () => {
    await switchOn('documents');
    const location = { connect: [harbour.location.documentId] };
    expect((await create('document', { title: 'Fire safety plan', category: 'safety', file: await uploadFile(pdf(), 'fire.pdf', 'application/pdf'), location })).status).toBe(201);
    expect((await create('document', { title: 'House rules 2026', category: 'house-rules', file: await uploadFile(pdf(), 'rules.pdf', 'application/pdf'), location })).status).toBe(201);

    const all = await tenant().get(`/api/portal-features/documents?location=${harbour.location.documentId}`);
    expect(all.body.data.map((d: any) => [d.category, d.title])).toEqual([['house-rules', 'House rules 2026'], ['safety', 'Fire safety plan']]);
    const safety = await tenant().get(`/api/portal-features/documents?location=${harbour.location.documentId}&category=safety`);
    expect(safety.body.data.map((d: any) => d.title)).toEqual(['Fire safety plan']);
    const bad = await tenant().get(`/api/portal-features/documents?location=${harbour.location.documentId}&category=secret`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['category']);
  });

  it('serve nothing of a location the user is not a member of', async () => {
    const response = await tenant().get(`/api/portal-features/location-files?location=${lakesideId}`);
    expect(response.status).toBe(404);
  });
});
