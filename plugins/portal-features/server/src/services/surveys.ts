import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { answerProblems, cleanAnswers, surveyResults, type Question } from '../domain/survey-rules';
import { getService } from '../utils/get-service';

const SURVEY = 'plugin::portal-features.survey';
const RESPONSE = 'plugin::portal-features.survey-response';
const FEATURE = 'surveys';

/** A second response to the same survey: the controller answers it with 409 Conflict. */
export class AlreadyAnsweredError extends errors.ApplicationError {
  constructor() {
    super('You have already answered this survey');
  }
}

const isOpen = (survey: any, now: Date) => new Date(survey.opensAt) <= now && (!survey.closesAt || now < new Date(survey.closesAt));

/** Surveys: the open surveys of a location, one response per person, and the results for staff. */
const surveys = ({ strapi }: { strapi: Core.Strapi }) => {
  const placeFor = (userId: number, location: string) =>
    getService(strapi, 'memberships').placeWithLiveFeature({ userId, location, feature: FEATURE });

  /** A survey that is open now at the location, or 404. */
  const openSurveyAt = async (documentId: string, locationId: number) => {
    const survey = await strapi.db.query(SURVEY).findOne({ where: { documentId, locations: { id: locationId } } });
    if (!survey || !isOpen(survey, new Date())) throw new errors.NotFoundError('Survey not found or closed');
    return survey;
  };

  const respondentKey = (surveyId: number, userId: number) => `${surveyId}:${userId}`;

  return {
    /** The surveys open now at the location, each saying whether the user has answered it. */
    async openAt(args: { userId: number; location: string }) {
      const place = await placeFor(args.userId, args.location);
      const now = new Date();
      const rows = await strapi.db.query(SURVEY).findMany({
        where: { locations: { id: place.location.id }, opensAt: { $lte: now }, $or: [{ closesAt: { $null: true } }, { closesAt: { $gt: now } }] },
        orderBy: [{ opensAt: 'desc' }],
      });
      const answered = new Set(
        (await strapi.db.query(RESPONSE).findMany({ where: { respondentKey: { $in: rows.map((row: any) => respondentKey(row.id, args.userId)) } }, select: ['respondentKey'] })).map(
          (row: any) => row.respondentKey,
        ),
      );
      return rows.map((row: any) => ({
        documentId: row.documentId,
        title: row.title,
        intro: row.intro ?? null,
        questions: row.questions as Question[],
        closesAt: row.closesAt ?? null,
        answered: answered.has(respondentKey(row.id, args.userId)),
      }));
    },

    /** Records the user's answers; a second response gets 409. */
    async respond(args: { userId: number; location: string; survey: string; answers: Record<string, unknown> }) {
      const place = await placeFor(args.userId, args.location);
      const survey = await openSurveyAt(args.survey, place.location.id);
      const questions = survey.questions as Question[];
      const problems = answerProblems(questions, args.answers);
      if (Object.keys(problems).length > 0) {
        throw new errors.ValidationError('Some answers need attention', {
          errors: Object.entries(problems).map(([id, message]) => ({ path: ['answers', id], message, name: 'ValidationError' })),
        });
      }
      const key = respondentKey(survey.id, args.userId);
      if (await strapi.db.query(RESPONSE).count({ where: { respondentKey: key } })) throw new AlreadyAnsweredError();
      // Two responses sent at once both pass the check above; the unique index on the key stops the second.
      const inserted = await strapi.db
        .query(RESPONSE)
        .create({ data: { survey: survey.id, respondent: args.userId, location: place.location.id, respondentKey: key, answers: cleanAnswers(questions, args.answers) } })
        .catch((error: { code?: string; nativeError?: { code?: string } }) => {
          if (error.code === '23505' || error.nativeError?.code === '23505') throw new AlreadyAnsweredError();
          throw error;
        });
      return { survey: survey.documentId, answeredAt: inserted.createdAt };
    },

    /** For staff: a survey's results, per question. */
    async results(documentId: string) {
      const survey = await strapi.db.query(SURVEY).findOne({ where: { documentId } });
      if (!survey) throw new errors.NotFoundError('Survey not found');
      const responses = await strapi.db.query(RESPONSE).findMany({ where: { survey: { id: survey.id } }, select: ['answers'] });
      return {
        survey: { documentId, title: survey.title },
        responses: responses.length,
        questions: surveyResults(survey.questions as Question[], responses.map((row: any) => row.answers ?? {})),
      };
    },
  };
};

export type SurveysService = ReturnType<typeof surveys>;
export default surveys;
