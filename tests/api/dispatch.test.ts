import request from 'supertest';
import { enqueueJob } from '../support/agenda-client';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { ticketingLists } from '../support/ticketing-lists';
import { waitUntil } from '../support/wait-until';

/**
 * Dispatch: a ticket becomes a work order offered to the rule's vendors in turn (demo rules:
 * Plumbing → Ace Plumbing, then Brook & Sons, dispatched automatically; Electrical → Spark, by
 * staff). Time is moved by scheduling the deadline job for now, never by waiting.
 */
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let vendorJwt: string;
let harbour: PlaceView;
let lists: Record<string, Record<string, string>>;

const desk = () => withToken(strapi.url, adminToken);
const vendorPortal = () => withToken(strapi.url, vendorJwt);

/** A triaged ticket in a category: Plumbing dispatches itself, anything else waits for staff. */
const triagedTicket = async (summary: string, category: string) => {
  const reported = await withToken(strapi.url, tenantJwt).post('/api/service-requests/tickets', {
    summary,
    description: 'Needs a trade',
    location: harbour.location.documentId,
    unit: harbour.unit!.documentId,
    visibility: 'management',
    category: lists.categories[category],
  });
  expect(reported.status).toBe(201);
  const documentId = reported.body.data.documentId as string;
  const triaged = await desk().put(`/service-requests/tickets/${documentId}/triage`, { type: lists.types.Repair, priority: lists.priorities.Normal });
  expect(triaged.status).toBe(200);
  return documentId;
};

const workOrderOf = async (ticketDocumentId: string) =>
  (
    await strapi.db.query(
      `SELECT w.id, w.document_id, w.state FROM sr_work_orders w JOIN sr_work_orders_ticket_lnk l ON l.work_order_id = w.id JOIN sr_tickets t ON t.id = l.ticket_id WHERE t.document_id = $1`,
      [ticketDocumentId],
    )
  ).rows[0] as { id: number; document_id: string; state: string } | undefined;

const offersOf = async (workOrderId: number) =>
  (
    await strapi.db.query(
      `SELECT o.id, o.document_id, o.outcome, v.name AS vendor FROM sr_work_order_offers o
         JOIN sr_work_order_offers_work_order_lnk lw ON lw.work_order_offer_id = o.id
         JOIN sr_work_order_offers_vendor_lnk lv ON lv.work_order_offer_id = o.id JOIN sr_vendors v ON v.id = lv.vendor_id
        WHERE lw.work_order_id = $1 ORDER BY o.position`,
      [workOrderId],
    )
  ).rows as Array<{ id: number; document_id: string; outcome: string; vendor: string }>;

/** The accept and decline links in the offer email a vendor got for this work order. */
const linksInOfferEmail = async (to: string, reference: string) => {
  const mail = await smtp.waitFor((message) => message.to.includes(to) && message.subject.includes(reference));
  const [accept, decline] = [/Accept: (\S+)/.exec(mail.text)![1], /Decline: (\S+)/.exec(mail.text)![1]];
  return { accept: accept.split('/act/')[1], decline: decline.split('/act/')[1], mail };
};

const reference = (id: number) => `WO-${String(id).padStart(5, '0')}`;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  vendorJwt = await loginAs(strapi.url, 'vendor@example.com');
  [harbour] = await placesOf(strapi.url, tenantJwt);
  lists = await ticketingLists(strapi);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('offering work to vendors in turn', () => {
  let ticket: string;
  let order: { id: number; document_id: string; state: string };

  it('dispatches a plumbing ticket as soon as it is triaged: offered to the first vendor, emailed and texted', async () => {
    ticket = await triagedTicket('Burst pipe under the sink', 'Plumbing');
    order = (await workOrderOf(ticket))!;
    expect(order.state).toBe('offered');
    expect(await offersOf(order.id)).toEqual([expect.objectContaining({ vendor: 'Ace Plumbing', outcome: 'pending' })]);
    const { mail } = await linksInOfferEmail('vendor@example.com', reference(order.id));
    expect(mail.subject).toContain('Burst pipe under the sink');
    const sms = await strapi.db.query(`SELECT recipient FROM sr_notifications WHERE channel = 'sms' AND idempotency_key LIKE 'work-order-offer:%'`);
    expect(sms.rows.map((row: any) => row.recipient)).toContain('+447700900123');
    const timeline = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data.timeline;
    expect(timeline.filter((entry: any) => entry.kind === 'work-order').map((entry: any) => entry.to)).toEqual([
      `${reference(order.id)}: Work order created by its dispatch rule`,
      expect.stringMatching(new RegExp(`^${reference(order.id)}: Offered to Ace Plumbing, to answer by `)),
    ]);
  });

  it('shows the vendor its offer in the vendor portal, and nothing to a tenant', async () => {
    const offers = await vendorPortal().get('/api/service-requests/vendor/offers');
    expect(offers.status).toBe(200);
    expect(offers.body.data.map((offer: any) => offer.workOrder.reference)).toContain(reference(order.id));
    expect((await withToken(strapi.url, tenantJwt).get('/api/service-requests/vendor/offers')).status).toBe(403);
  });

  it('offers it to the next vendor when the first declines', async () => {
    const [offer] = await offersOf(order.id);
    const declined = await vendorPortal().post(`/api/service-requests/vendor/offers/${offer.document_id}/decline`, {});
    expect(declined.status).toBe(200);
    expect((await offersOf(order.id)).map((row) => [row.vendor, row.outcome])).toEqual([
      ['Ace Plumbing', 'declined'],
      ['Brook & Sons Plumbing', 'pending'],
    ]);
    await linksInOfferEmail('brook@example.com', reference(order.id));
    const again = await vendorPortal().post(`/api/service-requests/vendor/offers/${offer.document_id}/decline`, {});
    expect(again.status).toBe(410);
  });

  it('at the deadline with no answer and nobody left: unassigned, and the managers are alerted', async () => {
    const brookOffer = (await offersOf(order.id))[1];
    await strapi.db.query(`UPDATE sr_work_order_offers SET deadline = now() - interval '1 second' WHERE id = $1`, [brookOffer.id]);
    const [jobId] = await enqueueJob(strapi.databaseUrl, 'work-orders.offer-deadline', { offerId: brookOffer.id });
    await waitUntil(
      async () => (await strapi.db.query(`SELECT last_finished_at FROM agenda_jobs WHERE id = $1`, [jobId])).rows[0]?.last_finished_at,
      Boolean,
    );
    expect((await offersOf(order.id)).map((row) => row.outcome)).toEqual(['declined', 'expired']);
    expect((await workOrderOf(ticket))!.state).toBe('unassigned');
    const alert = await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.subject === `No vendor took ${reference(order.id)}: Burst pipe under the sink`);
    expect(alert.text).toContain('/admin/plugins/service-requests/dispatch');
  });

  it('runs the deadline job twice without a second effect', async () => {
    const brookOffer = (await offersOf(order.id))[1];
    const [jobId] = await enqueueJob(strapi.databaseUrl, 'work-orders.offer-deadline', { offerId: brookOffer.id });
    await waitUntil(async () => (await strapi.db.query(`SELECT last_finished_at FROM agenda_jobs WHERE id = $1`, [jobId])).rows[0]?.last_finished_at, Boolean);
    expect((await offersOf(order.id)).map((row) => row.outcome)).toEqual(['declined', 'expired']);
    expect(smtp.messages.filter((mail) => mail.subject.startsWith(`No vendor took ${reference(order.id)}`))).toHaveLength(1);
  });

  it('lets staff send an unassigned order round again', async () => {
    const redispatched = await desk().post(`/service-requests/work-orders/${order.document_id}/redispatch`, {});
    expect(redispatched.status).toBe(200);
    expect((await workOrderOf(ticket))!.state).toBe('offered');
    expect((await offersOf(order.id)).map((row) => [row.vendor, row.outcome])).toEqual([
      ['Ace Plumbing', 'declined'],
      ['Brook & Sons Plumbing', 'expired'],
      ['Ace Plumbing', 'pending'],
    ]);
  });
});

describe('an offer nobody answers', () => {
  it('goes to the next vendor at its deadline', async () => {
    const ticket = await triagedTicket('Toilet will not flush', 'Plumbing');
    const order = (await workOrderOf(ticket))!;
    const [first] = await offersOf(order.id);
    await strapi.db.query(`UPDATE sr_work_order_offers SET deadline = now() - interval '1 second' WHERE id = $1`, [first.id]);
    const [jobId] = await enqueueJob(strapi.databaseUrl, 'work-orders.offer-deadline', { offerId: first.id });
    await waitUntil(async () => (await strapi.db.query(`SELECT last_finished_at FROM agenda_jobs WHERE id = $1`, [jobId])).rows[0]?.last_finished_at, Boolean);
    expect((await offersOf(order.id)).map((row) => [row.vendor, row.outcome])).toEqual([
      ['Ace Plumbing', 'expired'],
      ['Brook & Sons Plumbing', 'pending'],
    ]);
    expect((await workOrderOf(ticket))!.state).toBe('offered');
    await linksInOfferEmail('brook@example.com', reference(order.id));
  });
});

describe('action links in the offer email', () => {
  let ticket: string;
  let order: { id: number; document_id: string };
  let links: { accept: string; decline: string };

  beforeAll(async () => {
    ticket = await triagedTicket('Electric shower trips the fuse', 'Electrical');
    const created = await desk().post(`/service-requests/tickets/${ticket}/work-orders`, {});
    expect(created.status).toBe(201);
    order = (await workOrderOf(ticket))!;
    links = await linksInOfferEmail('spark@example.com', reference(order.id));
  });

  it('a GET only describes what the link would do', async () => {
    const shown = await request(strapi.url).get(`/api/service-requests/actions/${links.accept}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data).toMatchObject({ action: 'accept-offer', state: 'open', workOrder: { reference: reference(order.id), summary: 'Electric shower trips the fuse' } });
    expect((await offersOf(order.id))[0].outcome).toBe('pending');
  });

  it('refuses a tampered token without using anything', async () => {
    const tampered = `${links.accept.slice(0, -1)}${links.accept.endsWith('A') ? 'B' : 'A'}`;
    expect((await request(strapi.url).post(`/api/service-requests/actions/${tampered}`).send({})).status).toBe(404);
    expect((await request(strapi.url).post('/api/service-requests/actions/not-a-token').send({})).status).toBe(404);
    expect((await offersOf(order.id))[0].outcome).toBe('pending');
  });

  it('makes exactly one decision from two concurrent POSTs with one token, and 410 for a replay', async () => {
    const [first, second] = await Promise.all([
      request(strapi.url).post(`/api/service-requests/actions/${links.accept}`).send({}),
      request(strapi.url).post(`/api/service-requests/actions/${links.accept}`).send({}),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 410]);
    expect((await offersOf(order.id))[0].outcome).toBe('accepted');
    expect((await workOrderOf(ticket))!.state).toBe('accepted');
    expect((await request(strapi.url).post(`/api/service-requests/actions/${links.accept}`).send({})).status).toBe(410);
    const used = await strapi.db.query(`SELECT count(*)::int AS n FROM sr_action_tokens WHERE used_at IS NOT NULL`);
    expect(used.rows[0].n).toBe(1);
  });

  it('answers 410 for the other link of a settled offer, and leaves that token unused', async () => {
    const response = await request(strapi.url).post(`/api/service-requests/actions/${links.decline}`).send({});
    expect(response.status).toBe(410);
    const unused = await strapi.db.query(`SELECT count(*)::int AS n FROM sr_action_tokens WHERE action = 'decline-offer' AND used_at IS NULL`);
    expect(unused.rows[0].n).toBeGreaterThan(0);
  });

  it('puts the ticket in progress once a vendor accepts', async () => {
    const detail = (await desk().get(`/service-requests/tickets/${ticket}`)).body.data;
    expect(detail.status).toBe('in_progress');
  });

  it('refuses an expired link with 410', async () => {
    const next = await triagedTicket('Socket sparks', 'Electrical');
    await desk().post(`/service-requests/tickets/${next}/work-orders`, {});
    const nextOrder = (await workOrderOf(next))!;
    const nextLinks = await linksInOfferEmail('spark@example.com', reference(nextOrder.id));
    await strapi.db.query(`UPDATE sr_action_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND action = 'accept-offer'`);
    const expired = await request(strapi.url).post(`/api/service-requests/actions/${nextLinks.accept}`).send({});
    expect(expired.status).toBe(410);
    expect(expired.body.error.message).toBe('This link has expired');
    expect((await offersOf(nextOrder.id))[0].outcome).toBe('pending');
  });

  it('stores only hashes of the tokens', async () => {
    const { rows } = await strapi.db.query(`SELECT token_hash FROM sr_action_tokens`);
    expect(rows.every((row: any) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    expect(rows.some((row: any) => row.token_hash.includes(links.accept))).toBe(false);
  });
});

describe('the dispatch board', () => {
  it('counts work orders by state and lists the offers waiting, for those allowed to see it', async () => {
    const board = await desk().get('/service-requests/work-orders');
    expect(board.status).toBe(200);
    expect(board.body.data.counts).toMatchObject({ offered: expect.any(Number), accepted: 1 });
    expect(board.body.data.offersWaiting.every((offer: any) => new Date(offer.deadline).getTime() > 0)).toBe(true);
    expect((await request(strapi.url).get('/service-requests/work-orders')).status).toBe(401);
  });
});

describe('cancelling a work order that is on offer', () => {
  it('withdraws the offer, so its links and the portal stop offering it', async () => {
    const ticket = await triagedTicket('Flickering stair light', 'Electrical');
    expect((await desk().post(`/service-requests/tickets/${ticket}/work-orders`, {})).status).toBe(201);
    const order = (await workOrderOf(ticket))!;
    const links = await linksInOfferEmail('spark@example.com', reference(order.id));
    const cancelled = await desk().post(`/service-requests/work-orders/${order.document_id}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect((await workOrderOf(ticket))!.state).toBe('cancelled');
    expect((await offersOf(order.id)).map((offer) => offer.outcome)).toEqual(['withdrawn']);
    expect((await request(strapi.url).post(`/api/service-requests/actions/${links.accept}`).send({})).status).toBe(410);
    expect((await desk().post(`/service-requests/work-orders/${order.document_id}/cancel`, {})).status).toBe(400);
  });
});
