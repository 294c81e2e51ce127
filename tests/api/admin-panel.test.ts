import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { ROOT, startStrapi, type StrapiProcess } from '../support/strapi-process';
import { DEMO_PASSWORD } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let superAdminToken: string;

const adminLogin = async (email: string, password: string) => {
  const response = await request(strapi.url).post('/admin/login').send({ email, password });
  expect(response.status).toBe(200);
  return response.body.data.token as string;
};

/** An admin user with Strapi's Editor role, which holds none of our plugins' actions. */
const createEditor = async () => {
  const roles = await request(strapi.url).get('/admin/roles').set('authorization', `Bearer ${superAdminToken}`);
  const editor = roles.body.data.find((role: any) => role.code === 'strapi-editor');
  const invited = await request(strapi.url)
    .post('/admin/users')
    .set('authorization', `Bearer ${superAdminToken}`)
    .send({ firstname: 'Eddie', lastname: 'Editor', email: 'editor@example.com', roles: [editor.id] });
  expect(invited.status).toBe(201);
  const registered = await request(strapi.url)
    .post('/admin/register')
    .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Eddie', lastname: 'Editor', password: 'Editor-demo-2026' } });
  expect(registered.status).toBe(200);
  return registered.body.data.token as string;
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port, env: { SERVE_ADMIN: 'true' } });
  superAdminToken = await adminLogin('admin@example.com', DEMO_PASSWORD);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('The admin panel', () => {
  it('is built with both plugins\' menu entries', () => {
    const buildDir = path.join(ROOT, 'cms', 'build');
    const bundle = fs
      .readdirSync(buildDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(path.join(buildDir, file), 'utf8'))
      .join('\n');
    expect(bundle).toContain('portal-features.plugin.name');
    expect(bundle).toContain('"Portal features"');
    expect(bundle).toContain('service-requests.plugin.name');
    expect(bundle).toContain('"Service desk"');
    expect(bundle).toContain('service-requests.dispatch-board.name');
    expect(bundle).toContain('"Dispatch board"');
  });

  it('is served at /admin', async () => {
    const response = await request(strapi.url).get('/admin/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<div id="strapi"');
  });

  it('lists locations and tickets to a super admin', async () => {
    const locations = await request(strapi.url).get('/portal-features/locations').set('authorization', `Bearer ${superAdminToken}`);
    expect(locations.status).toBe(200);
    expect(locations.body.data.map((l: any) => l.name).sort()).toEqual(['Harbour View Court', 'Lakeside Plaza']);

    const tickets = await request(strapi.url).get('/service-requests/tickets').set('authorization', `Bearer ${superAdminToken}`);
    expect(tickets.status).toBe(200);
    expect(tickets.body.meta.pagination).toMatchObject({ page: 1 });
  });

  it('answers bad paging with a field message', async () => {
    const response = await request(strapi.url).get('/service-requests/tickets?pageSize=1000').set('authorization', `Bearer ${superAdminToken}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toContain('pageSize');
  });

  it('refuses the plugins\' admin routes without a token, and to a role without their actions', async () => {
    expect((await request(strapi.url).get('/portal-features/locations')).status).toBe(401);
    expect((await request(strapi.url).get('/service-requests/tickets')).status).toBe(401);

    const editorToken = await createEditor();
    expect((await request(strapi.url).get('/portal-features/locations').set('authorization', `Bearer ${editorToken}`)).status).toBe(403);
    expect((await request(strapi.url).get('/service-requests/tickets').set('authorization', `Bearer ${editorToken}`)).status).toBe(403);
  });

  it('refuses a location whose time zone is not an IANA zone, whatever the admin page sends', async () => {
    const response = await request(strapi.url)
      .post('/content-manager/collection-types/plugin::portal-features.location')
      .set('authorization', `Bearer ${superAdminToken}`)
      .send({ name: 'Moon Base', timezone: 'Mars/Olympus_Mons', portalEnabled: true });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('not an IANA time zone');
    const { rows } = await strapi.db.query(`SELECT count(*)::int AS n FROM pf_locations WHERE name = 'Moon Base'`);
    expect(rows[0].n).toBe(0);
  });
});
