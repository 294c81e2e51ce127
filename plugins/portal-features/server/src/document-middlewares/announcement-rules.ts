import type { Core } from '@strapi/strapi';
import { announcementProblems } from '../domain/announcement-rules';
import { savedRowRules } from './saved-row-rules';

/** An announcement must point at what its scope names and have a sensible publish window. */
export const announcementRules = (strapi: Core.Strapi) =>
  savedRowRules(strapi, {
    uid: 'plugin::portal-features.announcement',
    populate: { location: { select: ['id'] }, unit: { select: ['id'] }, customer: { select: ['id'] } },
    problems: (saved) =>
      announcementProblems({
        scope: saved.scope,
        locationId: saved.location?.id ?? null,
        unitId: saved.unit?.id ?? null,
        customerId: saved.customer?.id ?? null,
        publishFrom: saved.publishFrom ? new Date(saved.publishFrom) : null,
        publishUntil: saved.publishUntil ? new Date(saved.publishUntil) : null,
      }),
  });
