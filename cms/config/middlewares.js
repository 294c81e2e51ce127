'use strict';

const { readEnv } = require('@srp/config');

module.exports = () => {
  const env = readEnv();
  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    'strapi::cors',
    'strapi::poweredBy',
    'strapi::query',
    {
      name: 'strapi::body',
      config: {
        // The parser's hard cap sits well above the attachment limit, so a file that is merely
        // too large reaches the ticket route and gets a field-level message naming the limit.
        formidable: { maxFileSize: env.UPLOAD_MAX_BYTES * 4 },
        formLimit: '1mb',
        jsonLimit: '1mb',
      },
    },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
