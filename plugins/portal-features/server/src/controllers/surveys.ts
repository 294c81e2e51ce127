import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { locationQuery, parseOrRefuse, signedInUser } from '../validation/request';
import { AlreadyAnsweredError } from '../services/surveys';
import { getService } from '../utils/get-service';

const responseBody = z.object({
  location: locationQuery.shape.location,
  answers: z.record(z.string(), z.union([z.string(), z.number()]), { error: 'answers must map question ids to answers' }),
});

/** Surveys: the portal's (open surveys, respond) and the admin's (results). */
const surveysController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /surveys?location= */
  async find(ctx: any) {
    const user = signedInUser(ctx);
    const { location } = parseOrRefuse(locationQuery, ctx.query, 'Invalid query parameters');
    ctx.body = { data: await getService(strapi, 'surveys').openAt({ userId: user.id, location }) };
  },

  /** POST /surveys/:documentId/responses { location, answers } */
  async respond(ctx: any) {
    const user = signedInUser(ctx);
    const body = parseOrRefuse(responseBody, ctx.request.body);
    try {
      ctx.body = { data: await getService(strapi, 'surveys').respond({ userId: user.id, location: body.location, survey: ctx.params.documentId, answers: body.answers }) };
      ctx.status = 201;
    } catch (error) {
      if (!(error instanceof AlreadyAnsweredError)) throw error;
      ctx.status = 409;
      ctx.body = { data: null, error: { status: 409, name: 'AlreadyAnswered', message: error.message, details: {} } };
    }
  },

  /** Admin: GET /portal-features/surveys/:documentId/results */
  async results(ctx: any) {
    ctx.body = { data: await getService(strapi, 'surveys').results(String(ctx.params.documentId)) };
  },
});

export default surveysController;
