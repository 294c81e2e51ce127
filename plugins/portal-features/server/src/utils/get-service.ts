import type { Core } from '@strapi/strapi';
import type { MembershipsService } from '../services/memberships';
import type { AdminLocationsService } from '../services/admin-locations';
import type { AnnouncementsService } from '../services/announcements';
import type { FeaturesService } from '../services/features';
import type { FeedbackService } from '../services/feedback';
import type { LocationPeopleService } from '../services/location-people';
import type { SuppliesService } from '../services/supplies';
import type { QualityChecksService } from '../services/quality-checks';
import type { TimeClockService } from '../services/time-clock';
import type { SharedFilesService } from '../services/shared-files';
import type { SurveysService } from '../services/surveys';

interface Services {
  memberships: MembershipsService;
  'admin-locations': AdminLocationsService;
  announcements: AnnouncementsService;
  features: FeaturesService;
  feedback: FeedbackService;
  'location-people': LocationPeopleService;
  supplies: SuppliesService;
  'quality-checks': QualityChecksService;
  'time-clock': TimeClockService;
  'shared-files': SharedFilesService;
  surveys: SurveysService;
}

/** The plugin's services, typed: other plugins reach memberships through this too. */
export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('portal-features').service(name) as Services[Name];
