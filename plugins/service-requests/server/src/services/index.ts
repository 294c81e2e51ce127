import adminTickets from './admin-tickets';
import attachments from './attachments';
import conversation from './conversation';
import delivery from './delivery';
import jobs from './jobs';
import notifier from './notifier';
import outbox from './outbox';
import problemReports from './problem-reports';
import tickets from './tickets';

export default { 'admin-tickets': adminTickets, attachments, conversation, delivery, jobs, notifier, outbox, 'problem-reports': problemReports, tickets };
