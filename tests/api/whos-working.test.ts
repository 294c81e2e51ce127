import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let deviceToken: string;
let tenantJwt: string;
let harbour: PlaceView;

const device = () => withToken(strapi.url, deviceToken);
const onDuty = () => withToken(strapi.url, tenantJwt).get(`/api/portal-features/whos-working?location=${harbour.location.documentId}`);

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
  // A time-clock device gets an API token that can clock in and out, and nothing else.
  const token = await withToken(strapi.url, adminToken).post('/admin/api-tokens', {
    name: 'Harbour lobby time clock',
    type: 'custom',
    lifespan: null,
    permissions: ['plugin::portal-features.time-clock.clockIn', 'plugin::portal-features.time-clock.clockOut'],
  });
  expect(token.status).toBe(201);
  deviceToken = token.body.data.accessKey;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe("Who's Working", () => {
  it('is refused with FeatureDisabled while off', async () => {
    const response = await onDuty();
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({ name: 'FeatureDisabled', details: { feature: 'whos-working' } });
  });

  it('shows residents who is clocked in now, by display name and role only', async () => {
    await withToken(strapi.url, adminToken).put(`/portal-features/locations/${harbour.location.documentId}/features/whos-working`, { enabled: true });
    const location = harbour.location.documentId;
    expect((await device().post('/api/portal-features/time-clock/in', { location, staffId: 'B-1001', displayName: 'Carla', role: 'Cleaner' })).status).toBe(201);
    expect((await device().post('/api/portal-features/time-clock/in', { location, staffId: 'B-1002', displayName: 'Sam', role: 'Concierge' })).status).toBe(201);
    expect((await device().post('/api/portal-features/time-clock/out', { location, staffId: 'B-1002' })).status).toBe(200);

    const response = await onDuty();
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([{ displayName: 'Carla', role: 'Cleaner', since: expect.any(String) }]);
    expect(JSON.stringify(response.body)).not.toContain('B-1001');
  });

  it('refuses a double clock-in, a clock-out without a shift and bad input, with a field message', async () => {
    const location = harbour.location.documentId;
    const twice = await device().post('/api/portal-features/time-clock/in', { location, staffId: 'B-1001', displayName: 'Carla', role: 'Cleaner' });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.errors[0]).toMatchObject({ path: ['staffId'], message: 'B-1001 is already clocked in here' });
    const noShift = await device().post('/api/portal-features/time-clock/out', { location, staffId: 'B-9999' });
    expect(noShift.status).toBe(400);
    const missing = await device().post('/api/portal-features/time-clock/in', { location, staffId: 'B-1003' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(['displayName', 'role']);
  });

  it('lets only a time-clock token clock in: not a resident, not anonymous', async () => {
    const body = { location: harbour.location.documentId, staffId: 'X-1', displayName: 'Mallory', role: 'Cleaner' };
    expect((await withToken(strapi.url, tenantJwt).post('/api/portal-features/time-clock/in', body)).status).toBe(403);
    expect([401, 403]).toContain((await withToken(strapi.url, 'not-a-token').post('/api/portal-features/time-clock/in', body)).status);
    expect((await onDuty()).body.data.map((p: any) => p.displayName)).toEqual(['Carla']);
  });

  it('holds the same rules for shifts entered in the admin', async () => {
    const enter = (data: Record<string, unknown>) =>
      withToken(strapi.url, adminToken).post('/content-manager/collection-types/plugin::portal-features.clock-in', {
        location: { connect: [harbour.location.documentId] }, displayName: 'Carla', role: 'Cleaner', ...data,
      });
    const before = (await strapi.db.query('SELECT count(*)::int AS n FROM pf_clock_ins')).rows[0].n;
    const second = await enter({ staffId: 'B-1001', clockedInAt: new Date().toISOString() });
    expect(second.status).toBe(400);
    expect(second.body.error.message).toBe('B-1001 is already clocked in here');
    const backwards = await enter({ staffId: 'B-2000', clockedInAt: new Date().toISOString(), clockedOutAt: new Date(Date.now() - 3_600_000).toISOString() });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toBe('Clocking out must come after clocking in');
    expect((await strapi.db.query('SELECT count(*)::int AS n FROM pf_clock_ins')).rows[0].n).toBe(before);
    expect((await enter({ staffId: 'B-3000', clockedInAt: new Date().toISOString() })).status).toBe(201);
  });
});

