'use strict';

/**
 * The baseline ticket: the ticket's own attributes (read from its schema, so the two cannot drift
 * apart) in a table of its own. Attachments are left out: the bench posts tickets without files.
 */
const ticket = require('../../../../plugins/service-requests/server/src/content-types/ticket/schema.json');

const { attachments, ...attributes } = ticket.attributes;

module.exports = {
  schema: {
    kind: 'collectionType',
    collectionName: 'bench_baseline_tickets',
    info: { singularName: 'baseline-ticket', pluralName: 'baseline-tickets', displayName: 'Baseline ticket' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes,
  },
};
