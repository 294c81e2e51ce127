'use strict';

const { readEnv } = require('@srp/config');

// PostgreSQL only: the launcher and the test harness start an embedded one and pass its URL.
module.exports = () => {
  const env = readEnv();
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the stack with `npm start`, or point it at a PostgreSQL database');
  }
  return {
    connection: {
      client: 'postgres',
      connection: {
        connectionString: env.DATABASE_URL,
        ssl: env.DATABASE_SSL ? { rejectUnauthorized: false } : false,
      },
      pool: { min: 0, max: env.DATABASE_POOL_MAX },
      acquireConnectionTimeout: 60000,
    },
  };
};
