import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let customerJwt: string;
let tenantJwt: string;
let harbour: PlaceView;
let lakeside: PlaceView;

const as = (jwt: string) => withToken(strapi.url, jwt);
const admin = () => as(adminToken);
const switchSupplies = (location: PlaceView, enabled: boolean) =>
  admin().put(`/portal-features/locations/${location.location.documentId}/features/supply-request`, { enabled });
const requestCount = async () => (await strapi.db.query('SELECT count(*)::int AS n FROM pf_supply_requests')).rows[0].n as number;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  customerJwt = await loginAs(strapi.url, 'customer@example.com');
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  const places = await placesOf(strapi.url, customerJwt);
  harbour = places.find((p) => p.location.name === 'Harbour View Court')!;
  lakeside = places.find((p) => p.location.name === 'Lakeside Plaza')!;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Supply Request', () => {
  it('answers 403 FeatureDisabled on every route while the feature is off (new locations start without it)', async () => {
    const calls = [
      as(customerJwt).get(`/api/portal-features/supplies/catalogue?location=${harbour.location.documentId}`),
      as(customerJwt).get(`/api/portal-features/supplies/requests?location=${harbour.location.documentId}`),
      as(customerJwt).post('/api/portal-features/supplies/requests', { location: harbour.location.documentId, lines: [{ item: 'x', quantity: 1 }] }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(403);
      expect(response.body.error).toMatchObject({ name: 'FeatureDisabled', details: { feature: 'supply-request', location: harbour.location.documentId } });
    }
    expect(await requestCount()).toBe(0);
  });

  it('offers the customer\'s preset list once the feature is on', async () => {
    await switchSupplies(harbour, true);
    const catalogue = await as(customerJwt).get(`/api/portal-features/supplies/catalogue?location=${harbour.location.documentId}`);
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.data.map((item: any) => item.name)).toEqual(['Toilet rolls', 'Paper hand towels', 'Hand soap refill', 'Bin liners', 'Dishwasher tablets']);
  });

  it('takes an order, emails the location\'s managers, and lists it for the requester', async () => {
    const catalogue = (await as(customerJwt).get(`/api/portal-features/supplies/catalogue?location=${harbour.location.documentId}`)).body.data;
    const response = await as(customerJwt).post('/api/portal-features/supplies/requests', {
      location: harbour.location.documentId,
      lines: [
        { item: catalogue[0].documentId, quantity: 4 },
        { item: catalogue[3].documentId, quantity: '2' },
        { item: catalogue[1].documentId, quantity: 0 },
      ],
      note: 'For the ground floor washrooms',
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      state: 'requested',
      lines: [
        { name: 'Toilet rolls', unitLabel: 'pack of 9', quantity: 4 },
        { name: 'Bin liners', unitLabel: 'roll of 50', quantity: 2 },
      ],
    });
    const reference = response.body.data.reference;
    expect(reference).toMatch(/^SUP-\d{5}$/);

    const email = await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.subject.includes(reference));
    expect(email.subject).toBe(`Supply request ${reference} from Harbour View Court`);
    expect(email.text).toContain('4 x Toilet rolls (pack of 9)');
    expect(email.text).toContain('For the ground floor washrooms');

    const mine = await as(customerJwt).get(`/api/portal-features/supplies/requests?location=${harbour.location.documentId}`);
    expect(mine.body.data.map((r: any) => r.reference)).toEqual([reference]);
  });

  it('refuses an empty order, a bad quantity or an item from another list, and writes nothing', async () => {
    const before = await requestCount();
    const empty = await as(customerJwt).post('/api/portal-features/supplies/requests', { location: harbour.location.documentId, lines: [{ item: 'a', quantity: 0 }] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.errors[0]).toMatchObject({ path: ['lines'], message: 'Enter a quantity for at least one item' });
    const negative = await as(customerJwt).post('/api/portal-features/supplies/requests', { location: harbour.location.documentId, lines: [{ item: 'a', quantity: -1 }] });
    expect(negative.body.error.details.errors[0]).toMatchObject({ path: ['lines', '0', 'quantity'], message: 'A quantity cannot be negative' });
    const foreign = await as(customerJwt).post('/api/portal-features/supplies/requests', { location: harbour.location.documentId, lines: [{ item: 'not-on-the-list', quantity: 1 }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.errors[0]).toMatchObject({ path: ['lines'], message: "Choose items from this location's list" });
    expect(await requestCount()).toBe(before);
  });

  it('uses a location\'s own list instead of the customer\'s where it has one', async () => {
    await switchSupplies(lakeside, true);
    const created = await admin().post('/content-manager/collection-types/plugin::portal-features.supply-item', {
      name: 'Printer paper', unitLabel: 'box of 5 reams', location: { connect: [lakeside.location.documentId] }, active: true,
    });
    expect(created.status).toBe(201);
    const catalogue = await as(customerJwt).get(`/api/portal-features/supplies/catalogue?location=${lakeside.location.documentId}`);
    expect(catalogue.body.data.map((item: any) => item.name)).toEqual(['Printer paper']);
  });

  it('does not show one member\'s orders to another, nor serve a location to a non-member', async () => {
    const tenantsList = await as(tenantJwt).get(`/api/portal-features/supplies/requests?location=${harbour.location.documentId}`);
    expect(tenantsList.status).toBe(200);
    expect(tenantsList.body.data).toEqual([]);
    const stranger = await as(tenantJwt).get(`/api/portal-features/supplies/catalogue?location=${lakeside.location.documentId}`);
    expect(stranger.status).toBe(404);
  });

  it('lets staff fulfil or decline an order once, with a reason to decline', async () => {
    const [order] = (await as(customerJwt).get(`/api/portal-features/supplies/requests?location=${harbour.location.documentId}`)).body.data;
    const path = `/content-manager/collection-types/plugin::portal-features.supply-request/${order.documentId}`;
    const declineWithoutReason = await admin().put(path, { state: 'declined' });
    expect(declineWithoutReason.status).toBe(400);
    expect(declineWithoutReason.body.error.message).toBe('Say why the request is declined (staff note)');

    const fulfil = await admin().put(path, { state: 'fulfilled' });
    expect(fulfil.status).toBe(200);
    const reopen = await admin().put(path, { state: 'requested' });
    expect(reopen.status).toBe(400);

    const [decided] = (await as(customerJwt).get(`/api/portal-features/supplies/requests?location=${harbour.location.documentId}`)).body.data;
    expect(decided.state).toBe('fulfilled');
    expect(decided.decidedAt).not.toBeNull();

    const email = await smtp.waitFor((mail) => mail.to.includes('customer@example.com') && mail.subject === `Your supply order ${order.reference} has been fulfilled`);
    expect(email.text).toContain('4 x Toilet rolls (pack of 9)');
    // The refused change back to "requested" sent nothing more.
    expect(smtp.messages.filter((mail) => mail.subject.includes(order.reference) && mail.to.includes('customer@example.com'))).toHaveLength(1);
  });

  it('refuses again once the feature is switched off', async () => {
    await switchSupplies(harbour, false);
    const response = await as(customerJwt).get(`/api/portal-features/supplies/requests?location=${harbour.location.documentId}`);
    expect(response.status).toBe(403);
    expect(response.body.error.name).toBe('FeatureDisabled');
  });
});
