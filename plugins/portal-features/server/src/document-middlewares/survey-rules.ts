import { errors } from '@strapi/utils';
import { questionsProblem } from '../domain/survey-rules';
import type { DocumentMiddleware } from './types';

const SURVEY = 'plugin::portal-features.survey';

/** A survey's questions must be well formed whichever path writes them. */
export const surveyRules: DocumentMiddleware = async (context, next) => {
  if (context.uid !== SURVEY || (context.action !== 'create' && context.action !== 'update')) return next();
  const questions = context.params.data?.questions;
  if (context.action === 'create' || questions !== undefined) {
    const problem = questionsProblem(questions);
    if (problem) throw new errors.ValidationError(problem, { errors: [{ path: ['questions'], message: problem, name: 'ValidationError' }] });
  }
  return next();
};
