import invoiceChase from './invoice-chase';
import maintenanceSchedules from './maintenance-schedules';
import vendorActions from './vendor-actions';
import dispatchBoard from './dispatch-board';
import approvals from './approvals';
import vendorPortal from './vendor-portal';
import workOrders from './work-orders';
import workOrderTimeline from './work-order-timeline';
import dispatch from './dispatch';
import appointments from './appointments';
import actionTokens from './action-tokens';
import attachments from './attachments';
import conversation from './conversation';
import delivery from './delivery';
import jobs from './jobs';
import liveUpdates from './live-updates';
import notifier from './notifier';
import outbox from './outbox';
import problemReports from './problem-reports';
import reporterActions from './reporter-actions';
import serviceDesk from './service-desk';
import slaAlerts from './sla-alerts';
import ticketChanges from './ticket-changes';
import ticketComments from './ticket-comments';
import ticketRouting from './ticket-routing';
import ticketTimeline from './ticket-timeline';
import ticketWorkflow from './ticket-workflow';
import tickets from './tickets';

export default {
  'invoice-chase': invoiceChase,
  'maintenance-schedules': maintenanceSchedules,
  'vendor-actions': vendorActions,
  'dispatch-board': dispatchBoard,
  approvals,
  'vendor-portal': vendorPortal,
  'work-orders': workOrders,
  'work-order-timeline': workOrderTimeline,
  dispatch,
  appointments,
  'action-tokens': actionTokens,
  attachments,
  conversation,
  delivery,
  jobs,
  'live-updates': liveUpdates,
  notifier,
  outbox,
  'problem-reports': problemReports,
  'reporter-actions': reporterActions,
  'service-desk': serviceDesk,
  'sla-alerts': slaAlerts,
  'ticket-changes': ticketChanges,
  'ticket-comments': ticketComments,
  'ticket-routing': ticketRouting,
  'ticket-timeline': ticketTimeline,
  'ticket-workflow': ticketWorkflow,
  tickets,
};
