// The admin bundler compiles the plugin's admin sources together with Strapi's own admin.
export { default } from './admin/src/index';
