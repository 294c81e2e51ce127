import type { VendorActionsService } from '../services/vendor-actions';
import type { DispatchBoardService } from '../services/dispatch-board';
import type { ApprovalsService } from '../services/approvals';
import type { VendorPortalService } from '../services/vendor-portal';
import type { WorkOrdersService } from '../services/work-orders';
import type { WorkOrderTimelineService } from '../services/work-order-timeline';
import type { DispatchService } from '../services/dispatch';
import type { AppointmentsService } from '../services/appointments';
import type { ActionTokensService } from '../services/action-tokens';
import type { Core } from '@strapi/strapi';
import type { AttachmentsService } from '../services/attachments';
import type { ConversationService } from '../services/conversation';
import type { DeliveryService } from '../services/delivery';
import type { JobsService } from '../services/jobs';
import type { LiveUpdatesService } from '../services/live-updates';
import type { NotifierService } from '../services/notifier';
import type { OutboxService } from '../services/outbox';
import type { ProblemReportsService } from '../services/problem-reports';
import type { ReporterActionsService } from '../services/reporter-actions';
import type { ServiceDeskService } from '../services/service-desk';
import type { SlaAlertsService } from '../services/sla-alerts';
import type { TicketChangesService } from '../services/ticket-changes';
import type { TicketCommentsService } from '../services/ticket-comments';
import type { TicketRoutingService } from '../services/ticket-routing';
import type { TicketTimelineService } from '../services/ticket-timeline';
import type { TicketWorkflowService } from '../services/ticket-workflow';
import type { TicketsService } from '../services/tickets';

interface Services {
  'vendor-actions': VendorActionsService;
  'dispatch-board': DispatchBoardService;
  approvals: ApprovalsService;
  'vendor-portal': VendorPortalService;
  'work-orders': WorkOrdersService;
  'work-order-timeline': WorkOrderTimelineService;
  dispatch: DispatchService;
  appointments: AppointmentsService;
  'action-tokens': ActionTokensService;
  attachments: AttachmentsService;
  conversation: ConversationService;
  delivery: DeliveryService;
  jobs: JobsService;
  'live-updates': LiveUpdatesService;
  notifier: NotifierService;
  outbox: OutboxService;
  'problem-reports': ProblemReportsService;
  'reporter-actions': ReporterActionsService;
  'service-desk': ServiceDeskService;
  'sla-alerts': SlaAlertsService;
  'ticket-changes': TicketChangesService;
  'ticket-comments': TicketCommentsService;
  'ticket-routing': TicketRoutingService;
  'ticket-timeline': TicketTimelineService;
  'ticket-workflow': TicketWorkflowService;
  tickets: TicketsService;
}

export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin('service-requests').service(name) as Services[Name];
