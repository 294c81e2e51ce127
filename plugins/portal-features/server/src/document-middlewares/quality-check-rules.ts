import type { Core } from '@strapi/strapi';
import { inspectionProblems } from '../domain/quality-check-rules';
import { savedRowRules } from './saved-row-rules';

/** An inspection's areas must be well formed, and it reaches clients only once reviewed. */
export const qualityCheckRules = (strapi: Core.Strapi) =>
  savedRowRules(strapi, {
    uid: 'plugin::portal-features.quality-check',
    problems: (saved) => inspectionProblems({ areas: saved.areas, reviewed: saved.reviewed, published: saved.published }),
  });
