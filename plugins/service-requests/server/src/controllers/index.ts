import adminTickets from './admin-tickets';
import portalTickets from './portal-tickets';

export default { 'admin-tickets': adminTickets, 'portal-tickets': portalTickets };
