import http from 'node:http';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken } from '../support/portal-api';
import { FEATURE_KEYS } from '../../plugins/portal-features/server/src/features/catalogue';

/**
 * Every content-API route of every portal feature, called by a member of the location, answers
 * 403 FeatureDisabled, and writes nothing, while the feature, the location's portal or the
 * customer's portal is off. One table of routes; each switch in turn.
 */
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let memberJwt: string;
let deviceToken: string;
let location: string;
let customer: string;
let ticketId: string;
let strangerJwt: string;
let lakeside: string;

interface Route {
  feature: string;
  name: string;
  call: () => Promise<{ status: number; body: any }>;
}

/** Opens an event stream and closes it as soon as it answers: its status, and its body when it refused. */
const openStream = (path: string, jwt: string) =>
  new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = http.get(`${strapi.url}${path}`, { headers: { authorization: `Bearer ${jwt}` } }, (res) => {
      if (res.statusCode === 200) {
        req.destroy();
        resolve({ status: 200, body: {} });
        return;
      }
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    req.on('error', reject);
  });

/** Every feature route as `jwt` calls it at `place` (the device routes with the time-clock token). */
const routes = (place = location, jwt = memberJwt): Route[] => {
  const member = withToken(strapi.url, jwt);
  const device = withToken(strapi.url, deviceToken);
  const at = `location=${place}`;
  return [
    { feature: 'service-request', name: 'list tickets', call: () => member.get(`/api/service-requests/tickets?${at}`) },
    { feature: 'service-request', name: 'read a ticket', call: () => member.get(`/api/service-requests/tickets/${ticketId}`) },
    { feature: 'service-request', name: 'reply on a request', call: () => member.post(`/api/service-requests/tickets/${ticketId}/messages`, { body: 'Any news?' }) },
    { feature: 'service-request', name: 'switch request emails', call: () => member.put(`/api/service-requests/tickets/${ticketId}/notifications`, { notifyOnUpdate: true }) },
    { feature: 'service-request', name: 'rate a request', call: () => member.post(`/api/service-requests/tickets/${ticketId}/rating`, { rating: 5 }) },
    { feature: 'service-request', name: 'cancel a request', call: () => member.post(`/api/service-requests/tickets/${ticketId}/cancel`, {}) },
    { feature: 'service-request', name: 'live updates', call: () => openStream(`/api/service-requests/tickets/${ticketId}/events`, jwt) },
    { feature: 'service-request', name: 'report a problem', call: () => member.post('/api/service-requests/tickets', { summary: 'x', description: 'y', location: place, visibility: 'management' }) },
    { feature: 'supply-request', name: 'supply list', call: () => member.get(`/api/portal-features/supplies/catalogue?${at}`) },
    { feature: 'supply-request', name: 'my orders', call: () => member.get(`/api/portal-features/supplies/requests?${at}`) },
    { feature: 'supply-request', name: 'order', call: () => member.post('/api/portal-features/supplies/requests', { location: place, lines: [{ item: 'x', quantity: 1 }] }) },
    { feature: 'feedback', name: 'my feedback', call: () => member.get(`/api/portal-features/feedback?${at}`) },
    { feature: 'feedback', name: 'give feedback', call: () => member.post('/api/portal-features/feedback', { location: place, rating: 'satisfied' }) },
    { feature: 'quality-checks', name: 'inspections', call: () => member.get(`/api/portal-features/quality-checks?${at}`) },
    { feature: 'whos-working', name: 'on duty', call: () => member.get(`/api/portal-features/whos-working?${at}`) },
    { feature: 'whos-working', name: 'clock in', call: () => device.post('/api/portal-features/time-clock/in', { location: place, staffId: 'S-1', displayName: 'Sam', role: 'Cleaner' }) },
    { feature: 'whos-working', name: 'clock out', call: () => device.post('/api/portal-features/time-clock/out', { location: place, staffId: 'S-1' }) },
    { feature: 'file-storage', name: 'files', call: () => member.get(`/api/portal-features/location-files?${at}`) },
    { feature: 'announcements', name: 'announcements', call: () => member.get(`/api/portal-features/announcements?${at}`) },
    { feature: 'documents', name: 'documents', call: () => member.get(`/api/portal-features/documents?${at}`) },
    { feature: 'surveys', name: 'open surveys', call: () => member.get(`/api/portal-features/surveys?${at}`) },
    { feature: 'surveys', name: 'answer a survey', call: () => member.post('/api/portal-features/surveys/any-survey/responses', { location: place, answers: {} }) },
  ];
};

const rowCounts = async () =>
  (
    await strapi.db.query(`SELECT (SELECT count(*) FROM sr_tickets) AS tickets, (SELECT count(*) FROM pf_supply_requests) AS orders,
      (SELECT count(*) FROM sr_ticket_comments) AS messages, (SELECT count(*) FROM pf_feedback) AS feedback, (SELECT count(*) FROM pf_clock_ins) AS clock_ins, (SELECT count(*) FROM pf_survey_responses) AS responses`)
  ).rows[0];

const admin = () => withToken(strapi.url, adminToken);

const expectRefused = async (selected: Route[]) => {
  const before = await rowCounts();
  const outcomes = [];
  for (const route of selected) {
    const response = await route.call();
    outcomes.push({ route: route.name, status: response.status, name: response.body.error?.name, details: response.body.error?.details });
  }
  expect(outcomes).toEqual(
    selected.map((route) => ({ route: route.name, status: 403, name: 'FeatureDisabled', details: { feature: route.feature, location } })),
  );
  expect(await rowCounts()).toEqual(before);
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  memberJwt = await loginAs(strapi.url, 'customer@example.com');
  const harbour = (await placesOf(strapi.url, memberJwt)).find((place) => place.location.name === 'Harbour View Court')!;
  location = harbour.location.documentId;
  customer = (await admin().get('/portal-features/customers')).body.data[0].documentId;
  for (const feature of FEATURE_KEYS) await admin().put(`/portal-features/customers/${customer}/features/${feature}`, { enabled: true });
  strangerJwt = await loginAs(strapi.url, 'tenant@example.com');
  lakeside = (await strapi.db.query(`SELECT document_id FROM pf_locations WHERE name = 'Lakeside Plaza'`)).rows[0].document_id;
  ticketId = (await withToken(strapi.url, memberJwt).post('/api/service-requests/tickets', { summary: 'Gate', description: 'Squeaks', location, visibility: 'management' })).body.data.documentId;
  const token = await admin().post('/admin/api-tokens', {
    name: 'Gate test time clock',
    type: 'custom',
    lifespan: null,
    permissions: ['plugin::portal-features.time-clock.clockIn', 'plugin::portal-features.time-clock.clockOut'],
  });
  deviceToken = token.body.data.accessKey;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Feature gates on every route', () => {
  it('lets every route through while everything is on', async () => {
    for (const route of routes()) {
      const response = await route.call();
      expect({ route: route.name, refused: response.body.error?.name === 'FeatureDisabled' }).toEqual({ route: route.name, refused: false });
    }
  });

  it.each(['service-request', 'supply-request', 'feedback', 'quality-checks', 'whos-working', 'file-storage', 'announcements', 'documents', 'surveys'])(
    'refuses every route of %s while that feature is off, and only those',
    async (feature) => {
      await admin().put(`/portal-features/locations/${location}/features/${feature}`, { enabled: false });
      try {
        await expectRefused(routes().filter((route) => route.feature === feature));
        const other = routes().find((route) => route.feature !== feature && route.name !== 'clock in' && route.name !== 'clock out')!;
        expect((await other.call()).body.error?.name).not.toBe('FeatureDisabled');
      } finally {
        await admin().put(`/portal-features/locations/${location}/features/${feature}`, { enabled: true });
      }
    },
  );

  it("refuses every route while the location's portal is off", async () => {
    await admin().put(`/portal-features/locations/${location}/portal`, { enabled: false });
    try {
      await expectRefused(routes());
    } finally {
      await admin().put(`/portal-features/locations/${location}/portal`, { enabled: true });
    }
  });

  it("refuses every route while the customer's portal is off", async () => {
    await admin().put(`/portal-features/customers/${customer}/portal`, { enabled: false });
    try {
      await expectRefused(routes());
    } finally {
      await admin().put(`/portal-features/customers/${customer}/portal`, { enabled: true });
    }
  });

  it('serves nothing of a location to someone who is not a member of it, and writes nothing', async () => {
    const before = await rowCounts();
    const outsider = routes(lakeside, strangerJwt).filter((route) => !route.name.startsWith('clock') && route.name !== 'read a ticket' && route.name !== 'reply on a request');
    for (const route of outsider) {
      const response = await route.call();
      const refused = route.name === 'list tickets' ? response.status === 200 && response.body.data.length === 0 : [400, 403, 404].includes(response.status);
      expect({ route: route.name, refused, feature: response.body.error?.name === 'FeatureDisabled' }).toEqual({ route: route.name, refused: true, feature: false });
    }
    for (const path of [`/api/service-requests/tickets/${ticketId}`, `/api/service-requests/tickets/${ticketId}/messages`]) {
      const response = path.endsWith('messages') ? await withToken(strapi.url, strangerJwt).post(path, { body: 'Hi' }) : await withToken(strapi.url, strangerJwt).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect(await rowCounts()).toEqual(before);
  });
});

