import attachments from './attachments';
import delivery from './delivery';
import jobs from './jobs';
import outbox from './outbox';
import tickets from './tickets';

export default { attachments, delivery, jobs, outbox, tickets };
