import type { Core } from '@strapi/strapi';
import type { OutboxService } from '../services/outbox';
import type { DeliveryService } from '../services/delivery';
import type { JobsService } from '../services/jobs';
import type { NotifierService } from '../services/notifier';
import type { TicketsService } from '../services/tickets';
import type { ProblemReportsService } from '../services/problem-reports';
import type { AttachmentsService } from '../services/attachments';
import type { ConversationService } from '../services/conversation';
import type { AdminTicketsService } from '../services/admin-tickets';

interface Services {
  outbox: OutboxService;
  delivery: DeliveryService;
  jobs: JobsService;
  notifier: NotifierService;
  tickets: TicketsService;
  'problem-reports': ProblemReportsService;
  attachments: AttachmentsService;
  conversation: ConversationService;
  'admin-tickets': AdminTicketsService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('service-requests').service(name) as Services[Name];
