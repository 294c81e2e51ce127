import actionLinks from './action-links';
import dispatchDesk from './dispatch-desk';
import portalTickets from './portal-tickets';
import serviceDesk from './service-desk';
import ticketEvents from './ticket-events';
import vendorPortal from './vendor-portal';

export default { 'action-links': actionLinks, 'dispatch-desk': dispatchDesk, 'vendor-portal': vendorPortal, 'portal-tickets': portalTickets, 'service-desk': serviceDesk, 'ticket-events': ticketEvents };
