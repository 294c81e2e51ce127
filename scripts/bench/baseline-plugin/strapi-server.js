'use strict';

/**
 * A bench-only plugin (enabled by BENCH_BASELINE=true): one content type with Strapi's generated
 * controller, service and create route, as every Strapi app gets them, and nothing of ours.
 * `@strapi/strapi` comes from the app that loads this plugin; the plugin must not bring its own.
 */
const { factories } = require('@strapi/strapi');
const contentType = require('./server/content-type');
const bootstrap = require('./server/bootstrap');

const UID = 'plugin::bench-baseline.baseline-ticket';

module.exports = {
  register() {},
  bootstrap,
  contentTypes: { 'baseline-ticket': contentType },
  controllers: { 'baseline-ticket': factories.createCoreController(UID) },
  services: { 'baseline-ticket': factories.createCoreService(UID) },
  routes: { 'content-api': factories.createCoreRouter(UID, { only: ['create'] }) },
};
