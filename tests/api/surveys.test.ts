import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { startStrapi, type StrapiProcess } from '../support/strapi-process';
import { adminLogin, loginAs, placesOf, withToken, type PlaceView } from '../support/portal-api';

let smtp: SmtpCapture;
let strapi: StrapiProcess;
let adminToken: string;
let tenantJwt: string;
let occupantJwt: string;
let harbour: PlaceView;
let surveyId: string;

const questions = [
  { id: 'cleaning', kind: 'rating', prompt: 'How clean are the common areas?', required: true },
  { id: 'contact', kind: 'choice', prompt: 'How should we contact you?', options: ['Email', 'Phone', 'Letter'] },
  { id: 'ideas', kind: 'text', prompt: 'Anything we could do better?' },
];
const respond = (jwt: string, answers: Record<string, unknown>) =>
  withToken(strapi.url, jwt).post(`/api/portal-features/surveys/${surveyId}/responses`, { location: harbour.location.documentId, answers });

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

describe('Surveys', () => {
  it('refuses a survey without proper questions', async () => {
    const response = await withToken(strapi.url, adminToken).post('/content-manager/collection-types/plugin::portal-features.survey', {
      title: 'Empty', questions: [], opensAt: new Date().toISOString(),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('A survey needs at least one question');
  });

  it('offers an open survey to the location\'s members once the feature is on', async () => {
    const created = await withToken(strapi.url, adminToken).post('/content-manager/collection-types/plugin::portal-features.survey', {
      title: 'Autumn survey', intro: 'Two minutes, please.', questions, locations: { connect: [harbour.location.documentId] }, opensAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(created.status).toBe(201);
    surveyId = created.body.data.documentId;

    const off = await withToken(strapi.url, tenantJwt).get(`/api/portal-features/surveys?location=${harbour.location.documentId}`);
    expect(off.status).toBe(403);
    expect(off.body.error.name).toBe('FeatureDisabled');

    await withToken(strapi.url, adminToken).put(`/portal-features/locations/${harbour.location.documentId}/features/surveys`, { enabled: true });
    const open = await withToken(strapi.url, tenantJwt).get(`/api/portal-features/surveys?location=${harbour.location.documentId}`);
    expect(open.body.data).toEqual([expect.objectContaining({ title: 'Autumn survey', answered: false, questions })]);
  });

  it('checks answers against the questions and writes nothing when they are wrong', async () => {
    const response = await respond(tenantJwt, { cleaning: 9, contact: 'Pigeon' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['answers', 'cleaning'], message: 'Choose a rating from 1 to 5' }),
      expect.objectContaining({ path: ['answers', 'contact'], message: 'Choose one of the options' }),
    ]);
    expect((await strapi.db.query('SELECT count(*)::int AS n FROM pf_survey_responses')).rows[0].n).toBe(0);
  });

  it('takes one response per person, even when two arrive at once', async () => {
    const [first, second] = await Promise.all([
      respond(tenantJwt, { cleaning: 4, contact: 'Email', ideas: 'More bins' }),
      // Either may win the race, so both answer the same questions.
      respond(tenantJwt, { cleaning: 2, contact: 'Phone' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect((await respond(tenantJwt, { cleaning: 1 })).body.error).toMatchObject({ name: 'AlreadyAnswered' });
    expect((await respond(occupantJwt, { cleaning: 5, contact: 'Phone' })).status).toBe(201);

    const mine = await withToken(strapi.url, tenantJwt).get(`/api/portal-features/surveys?location=${harbour.location.documentId}`);
    expect(mine.body.data[0].answered).toBe(true);
  });

  it('gives staff the results per question', async () => {
    const response = await withToken(strapi.url, adminToken).get(`/portal-features/surveys/${surveyId}/results`);
    expect(response.status).toBe(200);
    expect(response.body.data.responses).toBe(2);
    const [cleaning, contact] = response.body.data.questions;
    expect(contact).toMatchObject({ answered: 2 });
    expect(Object.values(contact.counts).reduce((a: number, b) => a + (b as number), 0)).toBe(2);
    expect(cleaning.answered).toBe(2);
  });
});
