import { ACTIONS } from '../../server/src/permissions/actions';

/** The admin pages check the same action UIDs the server registers and its routes require. */
export const PERMISSIONS = {
  readTickets: [{ action: ACTIONS.readTickets, subject: null }],
  triageTickets: [{ action: ACTIONS.triageTickets, subject: null }],
  publishTickets: [{ action: ACTIONS.publishTickets, subject: null }],
  commentOnTickets: [{ action: ACTIONS.commentOnTickets, subject: null }],
  changeTicketStatus: [{ action: ACTIONS.changeTicketStatus, subject: null }],
  readWorkOrders: [{ action: ACTIONS.readWorkOrders, subject: null }],
  dispatchWorkOrders: [{ action: ACTIONS.dispatchWorkOrders, subject: null }],
};
