import portalTickets from './portal-tickets';
import serviceDesk from './service-desk';
import ticketEvents from './ticket-events';

export default { 'portal-tickets': portalTickets, 'service-desk': serviceDesk, 'ticket-events': ticketEvents };
