import request from 'supertest';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';
import { disguisedScript, pngImage } from '../support/files';
import { waitUntil } from '../support/wait-until';
import { signedPath } from '@srp/provider-upload-private/signing';

const UPLOAD_MAX_BYTES = 256 * 1024;
const FILE_URL_SECRET = 'test-secret-for-private-file-links';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let tenantJwt: string;
let occupantJwt: string;
let tenantPlace: PlaceView;
let lakesideId: string;

const counts = async () => {
  const { rows } = await strapi.db.query(
    `SELECT (SELECT count(*) FROM sr_tickets)::int AS tickets,
            (SELECT count(*) FROM sr_notifications)::int AS notifications,
            (SELECT count(*) FROM files)::int AS files`,
  );
  return rows[0] as { tickets: number; notifications: number; files: number };
};

const report = (jwt: string, fields: Record<string, string>) => {
  const call = request(strapi.url).post('/api/service-requests/tickets').set('authorization', `Bearer ${jwt}`);
  for (const [name, value] of Object.entries(fields)) call.field(name, value);
  return call;
};

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port, env: { UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES), FILE_URL_SECRET } });
  tenantJwt = await loginAs(strapi.url, 'tenant@example.com');
  occupantJwt = await loginAs(strapi.url, 'occupant@example.com');
  [tenantPlace] = await placesOf(strapi.url, tenantJwt);
  const { rows } = await strapi.db.query(`SELECT document_id FROM pf_locations WHERE name = 'Lakeside Plaza'`);
  lakesideId = rows[0].document_id;
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('Report a problem', () => {
  it('lists only the places the tenant is a member of', async () => {
    const places = await placesOf(strapi.url, tenantJwt);
    expect(places).toEqual([
      expect.objectContaining({ role: 'tenant', location: expect.objectContaining({ name: 'Harbour View Court', timezone: 'Europe/London' }), unit: expect.objectContaining({ name: 'Flat 1' }) }),
    ]);
  });

  it('files a ticket with a photo as a new, untriaged enquiry and emails the reporter and the managers', async () => {
    const response = await report(tenantJwt, {
      summary: 'Kitchen tap is leaking',
      description: 'Water drips under the sink since Monday.',
      location: tenantPlace.location.documentId,
      unit: tenantPlace.unit!.documentId,
      visibility: 'unit',
    }).attach('attachments', pngImage(), { filename: 'leak.png', contentType: 'image/png' });

    expect(response.status).toBe(201);
    const ticket = response.body.data;
    expect(ticket).toMatchObject({
      summary: 'Kitchen tap is leaking',
      status: 'new',
      visibility: 'unit',
      notifyOnUpdate: true,
      reportedByMe: true,
      unit: { name: 'Flat 1' },
      attachments: [expect.objectContaining({ name: 'leak.png', mime: 'image/png' })],
    });
    expect(ticket.reference).toMatch(/^SR-\d{5}$/);

    // No type and no priority yet: shown as "New PM Enquiry" and "Unassigned" until staff triage it.
    const { rows } = await strapi.db.query(
      `SELECT t.state, t.source, t.notify_on_update,
              (SELECT count(*) FROM sr_tickets_ticket_type_lnk l WHERE l.ticket_id = t.id)::int AS types,
              (SELECT count(*) FROM sr_tickets_priority_lnk l WHERE l.ticket_id = t.id)::int AS priorities
         FROM sr_tickets t WHERE t.document_id = $1`,
      [ticket.documentId],
    );
    expect(rows).toEqual([{ state: 'new', source: 'portal', notify_on_update: true, types: 0, priorities: 0 }]);

    const acknowledgement = await smtp.waitFor((mail) => mail.to.includes('tenant@example.com') && mail.text.includes(ticket.reference));
    expect(acknowledgement.subject).toContain('We have received your request');
    expect(acknowledgement.text).toContain(`http://127.0.0.1:4321/requests/${ticket.documentId}`);

    const managerAlert = await smtp.waitFor(
      (mail) => mail.to.includes('admin@example.com') && mail.text.includes(ticket.reference) && mail.subject.includes('A new problem has been reported'),
    );
    expect(managerAlert.subject).toContain('A new problem has been reported at Harbour View Court');
    expect(managerAlert.text).toContain(`${strapi.url}/admin/plugins/service-requests/tickets/${ticket.documentId}`);

    const outbox = await waitUntil(
      async () => (await strapi.db.query(`SELECT state, attempts FROM sr_notifications WHERE idempotency_key LIKE $1 ORDER BY id`, [`ticket:${ticket.documentId}:%`])).rows,
      (rows) => rows.every((row: any) => row.state !== 'pending' && row.state !== 'sending'),
    );
    expect(outbox).toEqual([{ state: 'sent', attempts: 1 }, { state: 'sent', attempts: 1 }]);
  });

  it('serves an attachment only through a signed, short-lived link', async () => {
    const list = await request(strapi.url).get('/api/service-requests/tickets').set('authorization', `Bearer ${tenantJwt}`);
    const [attachment] = list.body.data.find((t: any) => t.summary === 'Kitchen tap is leaking').attachments;
    const link = new URL(attachment.url);
    expect(link.pathname).toMatch(/^\/private-files\/leak_[a-z0-9]+\.png$/);

    const file = await request(strapi.url).get(link.pathname + link.search).buffer(true);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.body.subarray(1, 4).toString()).toBe('PNG');

    const name = link.pathname.split('/').pop()!;
    expect((await request(strapi.url).get(link.pathname)).status).toBe(403);
    expect((await request(strapi.url).get(`${link.pathname}?expires=${link.searchParams.get('expires')}&signature=forged`)).status).toBe(403);
    const expired = signedPath({ secret: FILE_URL_SECRET, name, ttlSeconds: 60, now: Date.now() - 120_000 });
    expect((await request(strapi.url).get(expired)).status).toBe(403);
    expect((await request(strapi.url).get(`/uploads/${name}`)).status).toBe(404);
  });

  it('shows the new ticket under my requests and on its own page', async () => {
    const list = await request(strapi.url).get('/api/service-requests/tickets').set('authorization', `Bearer ${tenantJwt}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((t: any) => t.summary)).toContain('Kitchen tap is leaking');
    expect(list.body.meta.pagination).toEqual({ page: 1, pageSize: 20, hasNextPage: false });

    const one = await request(strapi.url).get(`/api/service-requests/tickets/${list.body.data[0].documentId}`).set('authorization', `Bearer ${tenantJwt}`);
    expect(one.status).toBe(200);
    expect(one.body.data.status).toBe('new');
  });

  it('names every missing field and writes nothing', async () => {
    const before = await counts();
    const response = await report(tenantJwt, { location: tenantPlace.location.documentId });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: any) => e.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['summary', 'description', 'visibility']));
    expect(response.body.error.details.errors.find((e: any) => e.path[0] === 'summary').message).toBe('Enter a short summary of the problem');
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown location with a field message', async () => {
    const before = await counts();
    const response = await report(tenantJwt, { summary: 'Lift broken', description: 'Stuck on 3', location: 'no-such-location', visibility: 'block' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['location'], message: 'Choose one of your locations' })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses to file at a location the user is not a member of', async () => {
    const before = await counts();
    const response = await report(tenantJwt, { summary: 'Lift broken', description: 'Stuck on 3', location: lakesideId, visibility: 'block' })
      .attach('attachments', pngImage(), { filename: 'lift.png', contentType: 'image/png' });
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('refuses a unit that is not the reporter\'s', async () => {
    const { rows } = await strapi.db.query(`SELECT document_id FROM pf_units WHERE name = 'Flat 2'`);
    const response = await report(tenantJwt, {
      summary: 'Noise', description: 'Loud music', location: tenantPlace.location.documentId, unit: rows[0].document_id, visibility: 'unit',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['unit'] });
  });

  it('checks an attachment by its content, not its name, and stores nothing', async () => {
    const before = await counts();
    const response = await report(tenantJwt, { summary: 'Damp', description: 'Mould on the wall', location: tenantPlace.location.documentId, visibility: 'management' })
      .attach('attachments', disguisedScript(), { filename: 'photo.png', contentType: 'image/png' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['attachments'], message: expect.stringContaining('"photo.png" is not a photo') }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses an attachment over the size limit and says what the limit is', async () => {
    const before = await counts();
    const response = await report(tenantJwt, { summary: 'Damp', description: 'Mould on the wall', location: tenantPlace.location.documentId, visibility: 'management' })
      .attach('attachments', pngImage({ padToBytes: UPLOAD_MAX_BYTES + 1024 }), { filename: 'huge.png', contentType: 'image/png' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['attachments'], message: '"huge.png" is 257 KB; the limit is 256 KB' }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('asks for a unit when the report is shared with the unit', async () => {
    const response = await report(tenantJwt, { summary: 'Bins', description: 'Not collected', location: tenantPlace.location.documentId, visibility: 'unit' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['unit'], message: 'Choose your unit to share the request with it' })]);
  });
});

describe('Who sees a reported problem', () => {
  let privateTicket: string;
  let blockTicket: string;

  beforeAll(async () => {
    const file = (summary: string, visibility: string) =>
      report(tenantJwt, { summary, description: 'Details', location: tenantPlace.location.documentId, unit: tenantPlace.unit!.documentId, visibility });
    privateTicket = (await file('Private matter', 'management')).body.data.documentId;
    blockTicket = (await file('Front door does not close', 'block')).body.data.documentId;
  });

  it('hides a management-only ticket from a neighbour, in the list and by address', async () => {
    const list = await request(strapi.url).get('/api/service-requests/tickets?pageSize=100').set('authorization', `Bearer ${occupantJwt}`);
    expect(list.body.data.map((t: any) => t.documentId)).not.toContain(privateTicket);
    const one = await request(strapi.url).get(`/api/service-requests/tickets/${privateTicket}`).set('authorization', `Bearer ${occupantJwt}`);
    expect(one.status).toBe(404);
  });

  it('shows a block-wide ticket to a neighbour without naming the reporter', async () => {
    const one = await request(strapi.url).get(`/api/service-requests/tickets/${blockTicket}`).set('authorization', `Bearer ${occupantJwt}`);
    expect(one.status).toBe(200);
    expect(one.body.data.reportedByMe).toBe(false);
    expect(JSON.stringify(one.body)).not.toContain('tenant@example.com');
    expect(JSON.stringify(one.body)).not.toContain('Tara');
  });

  it('refuses anonymous callers', async () => {
    const list = await request(strapi.url).get('/api/service-requests/tickets');
    expect([401, 403]).toContain(list.status);
    const create = await request(strapi.url).post('/api/service-requests/tickets').send({ summary: 'x' });
    expect([401, 403]).toContain(create.status);
  });
});

describe('Messages on a request', () => {
  let blockTicket: string;
  let privateTicket: string;
  let adminToken: string;

  const messagesOf = async (jwt: string, ticket: string) => (await withToken(strapi.url, jwt).get(`/api/service-requests/tickets/${ticket}`)).body.data.messages;
  const staffMessage = (ticket: string, body: string, published: boolean) =>
    withToken(strapi.url, adminToken).post('/content-manager/collection-types/plugin::service-requests.ticket-comment', {
      ticket: { connect: [ticket] }, body, authorKind: 'staff', published,
    });

  beforeAll(async () => {
    adminToken = await adminLogin(strapi.url);
    const file = (summary: string, visibility: string) =>
      report(tenantJwt, { summary, description: 'Details', location: tenantPlace.location.documentId, unit: tenantPlace.unit!.documentId, visibility });
    blockTicket = (await file('Entry phone broken', 'block')).body.data.documentId;
    privateTicket = (await file('Rent question', 'management')).body.data.documentId;
    // Staff publish to the portal only once a ticket is triaged.
    const { rows } = await strapi.db.query(
      `SELECT (SELECT document_id FROM sr_ticket_types ORDER BY id LIMIT 1) AS type, (SELECT document_id FROM sr_priorities ORDER BY id LIMIT 1) AS priority`,
    );
    const triaged = await withToken(strapi.url, adminToken).put(`/service-requests/tickets/${blockTicket}/triage`, rows[0]);
    expect(triaged.status).toBe(200);
  });

  it('lets the reporter write to management, who are emailed', async () => {
    const reply = await withToken(strapi.url, tenantJwt).post(`/api/service-requests/tickets/${blockTicket}/messages`, { body: 'It buzzes but the door does not open.' });
    expect(reply.status).toBe(201);
    expect(reply.body.data).toMatchObject({ from: 'you', body: 'It buzzes but the door does not open.' });
    const email = await smtp.waitFor((mail) => mail.to.includes('admin@example.com') && mail.subject.endsWith('the resident has replied'));
    expect(email.text).toContain('It buzzes but the door does not open.');
    expect(await messagesOf(tenantJwt, blockTicket)).toEqual([expect.objectContaining({ from: 'you' })]);
  });

  it('refuses an empty message, and writes nothing', async () => {
    const before = (await strapi.db.query('SELECT count(*)::int AS n FROM sr_ticket_comments')).rows[0].n;
    const reply = await withToken(strapi.url, tenantJwt).post(`/api/service-requests/tickets/${blockTicket}/messages`, { body: '  ' });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0]).toMatchObject({ path: ['body'], message: 'Write your message' });
    expect((await strapi.db.query('SELECT count(*)::int AS n FROM sr_ticket_comments')).rows[0].n).toBe(before);
  });

  it('lets no one else reply, and hides a request they may not see', async () => {
    const onShared = await withToken(strapi.url, occupantJwt).post(`/api/service-requests/tickets/${blockTicket}/messages`, { body: 'Me too' });
    expect(onShared.status).toBe(403);
    expect(onShared.body.error.message).toBe('Only the person who reported a request can reply to it');
    const onPrivate = await withToken(strapi.url, occupantJwt).post(`/api/service-requests/tickets/${privateTicket}/messages`, { body: 'Hello' });
    expect(onPrivate.status).toBe(404);
  });

  it('shows staff messages once published, to everyone who may see the request, and the reporter\'s replies only to the reporter', async () => {
    expect((await staffMessage(blockTicket, 'Internal: call the entry-phone contractor', false)).status).toBe(201);
    expect((await staffMessage(blockTicket, 'An engineer is booked for Thursday.', true)).status).toBe(201);

    const forReporter = await messagesOf(tenantJwt, blockTicket);
    expect(forReporter.map((m: any) => [m.from, m.body])).toEqual([
      ['you', 'It buzzes but the door does not open.'],
      ['management', 'An engineer is booked for Thursday.'],
    ]);
    const forNeighbour = await messagesOf(occupantJwt, blockTicket);
    expect(forNeighbour.map((m: any) => [m.from, m.body])).toEqual([['management', 'An engineer is booked for Thursday.']]);
  });
});

