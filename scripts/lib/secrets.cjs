'use strict';

const crypto = require('node:crypto');

const random = () => crypto.randomBytes(24).toString('base64url');

/** Fresh random values for every secret Strapi needs. */
const generateSecrets = () => ({
  APP_KEYS: [random(), random(), random(), random()].join(','),
  API_TOKEN_SALT: random(),
  ADMIN_JWT_SECRET: random(),
  TRANSFER_TOKEN_SALT: random(),
  JWT_SECRET: random(),
  ENCRYPTION_KEY: random(),
});

module.exports = { generateSecrets };
