/**
 * The admin permission actions of the service-requests plugin: registered in `bootstrap`,
 * required by the admin routes and checked by the admin pages (which import this file).
 * Kept free of runtime imports so the admin bundle can share it.
 */
export const PLUGIN_NAME = 'service-requests';

export const ACTIONS = {
  readTickets: 'plugin::service-requests.tickets.read',
  triageTickets: 'plugin::service-requests.tickets.triage',
  publishTickets: 'plugin::service-requests.tickets.publish',
  commentOnTickets: 'plugin::service-requests.tickets.comment',
  changeTicketStatus: 'plugin::service-requests.tickets.change-status',
  readWorkOrders: 'plugin::service-requests.work-orders.read',
  dispatchWorkOrders: 'plugin::service-requests.work-orders.dispatch',
} as const;

export type ActionUid = (typeof ACTIONS)[keyof typeof ACTIONS];

/** What `actionProvider.registerMany` needs: Strapi prefixes `uid` with `plugin::<pluginName>.`. */
export const ADMIN_ACTIONS = [
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'tickets', uid: 'tickets.read', displayName: 'Read tickets' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'tickets', uid: 'tickets.triage', displayName: 'Triage tickets (set type and priority)' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'tickets', uid: 'tickets.publish', displayName: 'Publish tickets to portals' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'tickets', uid: 'tickets.comment', displayName: 'Comment on tickets' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'tickets', uid: 'tickets.change-status', displayName: 'Change ticket status' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'work orders', uid: 'work-orders.read', displayName: 'See the dispatch board' },
  { section: 'plugins', pluginName: PLUGIN_NAME, subCategory: 'work orders', uid: 'work-orders.dispatch', displayName: 'Create, cancel and re-dispatch work orders' },
] as const;

/** The policies an admin route needs to require every one of `actions`. */
export const requireActions = (...actions: ActionUid[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];
