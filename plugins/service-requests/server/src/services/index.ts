import adminTickets from './admin-tickets';
import attachments from './attachments';
import delivery from './delivery';
import jobs from './jobs';
import notifier from './notifier';
import outbox from './outbox';
import tickets from './tickets';

export default { 'admin-tickets': adminTickets, attachments, delivery, jobs, notifier, outbox, tickets };
