import type { Core } from '@strapi/strapi';
import type { OutboxService } from '../services/outbox';
import type { DeliveryService } from '../services/delivery';
import type { JobsService } from '../services/jobs';
import type { TicketsService } from '../services/tickets';
import type { AttachmentsService } from '../services/attachments';

interface Services {
  outbox: OutboxService;
  delivery: DeliveryService;
  jobs: JobsService;
  tickets: TicketsService;
  attachments: AttachmentsService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('service-requests').service(name) as Services[Name];
