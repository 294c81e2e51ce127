'use strict';

// Strapi loads a plugin's server from plain JavaScript: the compiled output of server/src.
module.exports = require('./dist/server/index.js').default;
