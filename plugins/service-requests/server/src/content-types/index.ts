import ticket from './ticket/schema.json';
import notification from './notification/schema.json';
import ticketComment from './ticket-comment/schema.json';
import ticketEvent from './ticket-event/schema.json';
import ticketType from './ticket-type/schema.json';
import ticketCategory from './ticket-category/schema.json';
import priority from './priority/schema.json';
import department from './department/schema.json';
import routingRule from './routing-rule/schema.json';
import vendor from './vendor/schema.json';
import dispatchRule from './dispatch-rule/schema.json';
import workOrder from './work-order/schema.json';
import workOrderOffer from './work-order-offer/schema.json';
import actionToken from './action-token/schema.json';
import approval from './approval/schema.json';
import maintenanceSchedule from './maintenance-schedule/schema.json';

export default {
  ticket: { schema: ticket },
  notification: { schema: notification },
  'ticket-comment': { schema: ticketComment },
  'ticket-event': { schema: ticketEvent },
  'ticket-type': { schema: ticketType },
  'ticket-category': { schema: ticketCategory },
  priority: { schema: priority },
  department: { schema: department },
  'routing-rule': { schema: routingRule },
  vendor: { schema: vendor },
  'dispatch-rule': { schema: dispatchRule },
  'work-order': { schema: workOrder },
  'work-order-offer': { schema: workOrderOffer },
  'action-token': { schema: actionToken },
  approval: { schema: approval },
  'maintenance-schedule': { schema: maintenanceSchedule },
};
