import http from 'node:http';
import request from 'supertest';
import { adminLogin, DEMO_PASSWORD, loginAs, placesOf, withToken } from '../support/portal-api';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';

/**
 * Who sees which ticket in the portal (reporter, same unit, same location, another location,
 * vendor, anonymous × each visibility × list and read), the live-update stream's own checks, and
 * the service desk queue with its permissions.
 */
let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
const jwt: Record<string, string> = {};
const tickets: Record<string, string> = {};

type Viewer = 'reporter' | 'sameUnit' | 'sameLocation' | 'otherLocation' | 'vendor' | 'anonymous';
type Visibility = 'unpublished' | 'management' | 'unit' | 'block';

/** The rule, written out: which viewers may see a ticket of each visibility. */
const MAY_SEE: Record<Visibility, Viewer[]> = {
  unpublished: [],
  management: ['reporter'],
  unit: ['reporter', 'sameUnit'],
  block: ['reporter', 'sameUnit', 'sameLocation'],
};
const VIEWERS: Viewer[] = ['reporter', 'sameUnit', 'sameLocation', 'otherLocation', 'vendor', 'anonymous'];
const VISIBILITIES: Visibility[] = ['unpublished', 'management', 'unit', 'block'];

const portal = (viewer: Viewer) => {
  const agent = (call: request.Test) => (viewer === 'anonymous' ? call : call.set('authorization', `Bearer ${jwt[viewer]}`));
  return { get: (path: string) => agent(request(strapi.url).get(path)) };
};

const desk = () => withToken(strapi.url, adminToken);

/** A user who belongs only to Lakeside Plaza, made the way staff would, in the content manager. */
const createLakesideTenant = async () => {
  const role = (await strapi.db.query(`SELECT id FROM up_roles WHERE type = 'tenant'`)).rows[0].id;
  const user = await desk().post('/content-manager/collection-types/plugin::users-permissions.user', {
    username: 'Lara Lakeside',
    email: 'lara@example.com',
    password: DEMO_PASSWORD,
    confirmed: true,
    blocked: false,
    role: { connect: [{ id: role }] },
  });
  expect(user.status).toBe(201);
  const lakeside = (await strapi.db.query(`SELECT document_id FROM pf_locations WHERE name = 'Lakeside Plaza'`)).rows[0].document_id;
  const membership = await desk().post('/content-manager/collection-types/plugin::portal-features.membership', {
    // The content manager answers users-permissions users without the `data` envelope.
    user: { connect: [(user.body.data ?? user.body).documentId] },
    location: { connect: [lakeside] },
    role: 'tenant',
  });
  expect(membership.status).toBe(201);
  return loginAs(strapi.url, 'lara@example.com');
};

/** Reads a server-sent event stream until `until` says enough; resolves with what was read. */
const readEvents = (path: string, token: string, start: () => Promise<unknown>, until: (text: string) => boolean) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.get(`${strapi.url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
      let text = '';
      const timer = setTimeout(() => {
        req.destroy();
        reject(new Error(`No matching event; received: ${text}`));
      }, 15_000);
      const finish = () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, text });
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        // Only act once the stream is open: the change must happen while the page listens.
        if (text.includes(': connected') && !started) {
          started = true;
          start().catch(reject);
        }
        if (until(text)) finish();
      });
      res.on('end', finish);
    });
    let started = false;
    req.on('error', reject);
  });

beforeAll(async () => {
  smtp = await startSmtpCapture();
  strapi = await startStrapi({ smtpPort: smtp.port });
  adminToken = await adminLogin(strapi.url);
  jwt.reporter = await loginAs(strapi.url, 'tenant@example.com');
  jwt.sameUnit = await loginAs(strapi.url, 'owner@example.com');
  jwt.sameLocation = await loginAs(strapi.url, 'occupant@example.com');
  jwt.vendor = await loginAs(strapi.url, 'vendor@example.com');
  jwt.otherLocation = await createLakesideTenant();

  const [flat1] = await placesOf(strapi.url, jwt.reporter);
  const file = async (visibility: string) => {
    const response = await withToken(strapi.url, jwt.reporter).post('/api/service-requests/tickets', {
      summary: `Shared with ${visibility}`,
      description: 'Visibility matrix',
      location: flat1.location.documentId,
      unit: flat1.unit!.documentId,
      visibility: visibility === 'unpublished' ? 'management' : visibility,
    });
    expect(response.status).toBe(201);
    return response.body.data.documentId as string;
  };
  for (const visibility of VISIBILITIES) tickets[visibility] = await file(visibility);
  // Staff take a ticket out of every portal, the reporter's included, by unpublishing it.
  const lists = (await strapi.db.query(`SELECT (SELECT document_id FROM sr_ticket_types LIMIT 1) AS type, (SELECT document_id FROM sr_priorities LIMIT 1) AS priority`)).rows[0];
  expect((await desk().put(`/service-requests/tickets/${tickets.unpublished}/triage`, lists)).status).toBe(200);
  expect((await desk().put(`/service-requests/tickets/${tickets.unpublished}/visibility`, { visibility: 'unpublished' })).status).toBe(200);
});

afterAll(async () => {
  await strapi?.stop();
  await smtp?.close();
});

describe('the portal visibility matrix', () => {
  const cases = VIEWERS.flatMap((viewer) => VISIBILITIES.map((visibility) => [viewer, visibility, MAY_SEE[visibility].includes(viewer)] as const));

  it.each(cases)('%s × %s ticket: may see it = %s, in the list and by address', async (viewer, visibility, maySee) => {
    const list = await portal(viewer).get('/api/service-requests/tickets?pageSize=100');
    const read = await portal(viewer).get(`/api/service-requests/tickets/${tickets[visibility]}`);
    if (viewer === 'anonymous') {
      expect([401, 403]).toContain(list.status);
      expect([401, 403]).toContain(read.status);
      return;
    }
    const listed = (list.body.data ?? []).map((ticket: any) => ticket.documentId);
    expect(listed.includes(tickets[visibility])).toBe(maySee);
    if (maySee) {
      expect(read.status).toBe(200);
      expect(read.body.data.reportedByMe).toBe(viewer === 'reporter');
      // Nobody but the reporter learns who reported it, or may act on it.
      if (viewer !== 'reporter') {
        expect(JSON.stringify(read.body.data)).not.toMatch(/tenant@example.com|Tara/);
        expect(read.body.data).toMatchObject({ canCancel: false, canRate: false, rating: null });
      }
    } else {
      expect([403, 404]).toContain(read.status);
      expect(JSON.stringify(read.body)).not.toContain(`Shared with ${visibility}`);
    }
  });
});

describe('paging the portal list', () => {
  it('says whether an older page exists instead of counting everything', async () => {
    const first = await portal('reporter').get('/api/service-requests/tickets?pageSize=2');
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 2, hasNextPage: true });
    const everything = (await portal('reporter').get('/api/service-requests/tickets?pageSize=100')).body.data.map((ticket: any) => ticket.documentId);
    const lastPage = Math.ceil(everything.length / 2);
    const last = await portal('reporter').get(`/api/service-requests/tickets?pageSize=2&page=${lastPage}`);
    expect(last.body.meta.pagination.hasNextPage).toBe(false);
    expect(last.body.data.map((ticket: any) => ticket.documentId)).toEqual(everything.slice((lastPage - 1) * 2));
    expect(first.body.data.map((ticket: any) => ticket.documentId)).toEqual(everything.slice(0, 2));
  });
});

describe('live updates of an open request page', () => {
  it('tells the reporter\'s open page each time staff change the request', async () => {
    const ticket = tickets.block;
    const lists = (await strapi.db.query(`SELECT (SELECT document_id FROM sr_ticket_types LIMIT 1) AS type, (SELECT document_id FROM sr_priorities LIMIT 1) AS priority`)).rows[0];
    const { status, text } = await readEvents(
      `/api/service-requests/tickets/${ticket}/events`,
      jwt.reporter,
      () => desk().put(`/service-requests/tickets/${ticket}/triage`, lists),
      (received) => received.includes('event: changed'),
    );
    expect(status).toBe(200);
    expect(text).toMatch(/event: changed\ndata: \{"status":"open","updatedAt":"[^"]+"\}/);
  });

  it('ends a neighbour\'s stream with `gone` when the request stops being shared with them', async () => {
    const ticket = tickets.block;
    const { text } = await readEvents(
      `/api/service-requests/tickets/${ticket}/events`,
      jwt.sameLocation,
      () => desk().put(`/service-requests/tickets/${ticket}/visibility`, { visibility: 'management' }),
      (received) => received.includes('event: gone'),
    );
    expect(text).toContain('event: gone');
    expect(text).not.toContain('event: changed');
  });

  it('opens no stream on a request the user may not see', async () => {
    const response = await portal('sameLocation').get(`/api/service-requests/tickets/${tickets.management}/events`);
    expect(response.status).toBe(404);
  });
});

describe('the service desk queue', () => {
  it('counts tickets per status, filters, searches by reference and pages', async () => {
    const all = await desk().get('/service-requests/tickets?pageSize=2');
    expect(all.status).toBe(200);
    const total = all.body.meta.pagination.total;
    expect(total).toBe(Object.values(all.body.meta.counts as Record<string, number>).reduce((sum, n) => sum + n, 0));
    expect(all.body.data).toHaveLength(2);
    expect(all.body.meta.pagination.pageCount).toBe(Math.ceil(total / 2));

    const fresh = await desk().get('/service-requests/tickets?status=new');
    expect(fresh.body.data.every((row: any) => row.status === 'new')).toBe(true);
    expect(fresh.body.meta.pagination.total).toBe(all.body.meta.counts.new);
    expect(fresh.body.data[0]).toMatchObject({ type: null, priority: null, department: 'Maintenance', location: 'Harbour View Court', unit: 'Flat 1' });

    const detail = (await desk().get(`/service-requests/tickets/${tickets.unit}`)).body.data;
    const found = await desk().get(`/service-requests/tickets?q=${detail.reference}`);
    expect(found.body.data.map((row: any) => row.documentId)).toEqual([tickets.unit]);
    const bySummary = await desk().get('/service-requests/tickets?q=shared%20with%20UNIT');
    expect(bySummary.body.data.map((row: any) => row.documentId)).toEqual([tickets.unit]);
  });

  it('sorts by priority with untriaged tickets first, and filters by assignee', async () => {
    const sorted = await desk().get('/service-requests/tickets?sort=-priority');
    expect(sorted.body.data[0].priority).toBeNull();
    const me = (await desk().get('/admin/users/me')).body.data.id;
    expect((await desk().put(`/service-requests/tickets/${tickets.unpublished}/triage`, { assignee: me })).status).toBe(200);
    const mine = await desk().get('/service-requests/tickets?assignee=me');
    expect(mine.body.data.map((row: any) => [row.documentId, row.assignee])).toEqual([[tickets.unpublished, 'Alex Admin']]);
  });

  it('answers a bad filter with a field message', async () => {
    const response = await desk().get('/service-requests/tickets?status=lost&sort=colour');
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: any) => error.path[0]).sort()).toEqual(['sort', 'status']);
  });

  it('enforces each desk action on its route: a reader may read but not triage, publish or change status', async () => {
    const role = await desk().post('/admin/roles', { name: 'Desk reader', description: 'Reads tickets only' });
    expect(role.status).toBe(201);
    const granted = await desk().put(`/admin/roles/${role.body.data.id}/permissions`, {
      permissions: [{ action: 'plugin::service-requests.tickets.read', subject: null, properties: {}, conditions: [] }],
    });
    expect(granted.status).toBe(200);
    const invited = await desk().post('/admin/users', { firstname: 'Rita', lastname: 'Reader', email: 'reader@example.com', roles: [role.body.data.id] });
    const registered = await request(strapi.url)
      .post('/admin/register')
      .send({ registrationToken: invited.body.data.registrationToken, userInfo: { firstname: 'Rita', lastname: 'Reader', password: 'Reader-demo-2026' } });
    const reader = withToken(strapi.url, registered.body.data.token);

    expect((await reader.get('/service-requests/tickets')).status).toBe(200);
    const options = await reader.get('/service-requests/options');
    expect(options.body.data.can).toEqual({ triage: false, publish: false, comment: false, changeStatus: false });
    const before = (await desk().get(`/service-requests/tickets/${tickets.management}`)).body.data;
    expect((await reader.put(`/service-requests/tickets/${tickets.management}/triage`, { priority: null })).status).toBe(403);
    expect((await reader.put(`/service-requests/tickets/${tickets.management}/visibility`, { visibility: 'block' })).status).toBe(403);
    expect((await reader.post(`/service-requests/tickets/${tickets.management}/transitions`, { event: 'cancel' })).status).toBe(403);
    expect((await reader.post(`/service-requests/tickets/${tickets.management}/comments`, { body: 'hi', published: false })).status).toBe(403);
    const after = (await desk().get(`/service-requests/tickets/${tickets.management}`)).body.data;
    expect(after.timeline).toEqual(before.timeline);
    expect(after.comments).toEqual([]);

    const superAdminOptions = await desk().get('/service-requests/options');
    expect(superAdminOptions.body.data.can).toEqual({ triage: true, publish: true, comment: true, changeStatus: true });
  });
});
