import ticket from './ticket/schema.json';
import notification from './notification/schema.json';

export default {
  ticket: { schema: ticket },
  notification: { schema: notification },
};
