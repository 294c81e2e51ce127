export const PLUGIN_ID = 'portal-features';
