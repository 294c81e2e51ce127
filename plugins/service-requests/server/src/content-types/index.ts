import ticket from './ticket/schema.json';
import notification from './notification/schema.json';
import ticketComment from './ticket-comment/schema.json';

export default {
  ticket: { schema: ticket },
  notification: { schema: notification },
  'ticket-comment': { schema: ticketComment },
};
