export const PLUGIN_ID = 'service-requests';
