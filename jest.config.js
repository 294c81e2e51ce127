'use strict';

const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } }];

const shared = {
  transform: { '^.+\\.(t|j)s$': swc },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
};

/**
 * unit: plain functions, no servers. api: a real Strapi (one per test file) on a real embedded
 * PostgreSQL, with SMTP captured in the test. browser: the same plus the Astro portal and Chromium.
 */
module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  // Booting Strapi takes seconds; emails and jobs cross processes. Hooks and tests share this limit.
  testTimeout: 120_000,
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/plugins/*/server/src/**/__tests__/**/*.test.ts', '<rootDir>/cms/src/**/__tests__/**/*.test.js', '<rootDir>/providers/*/__tests__/**/*.test.js'],
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      slowTestThreshold: 60,
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      slowTestThreshold: 120,
    },
  ],
};
