import portalTickets from './portal-tickets';

export default { 'portal-tickets': portalTickets };
