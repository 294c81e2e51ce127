import ticket from './ticket/schema.json';
import notification from './notification/schema.json';
import ticketComment from './ticket-comment/schema.json';
import ticketEvent from './ticket-event/schema.json';
import ticketType from './ticket-type/schema.json';
import ticketCategory from './ticket-category/schema.json';
import priority from './priority/schema.json';
import department from './department/schema.json';
import routingRule from './routing-rule/schema.json';

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
};
