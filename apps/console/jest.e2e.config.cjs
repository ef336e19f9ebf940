const { preset } = require('@rebound/jest');

// Browser end-to-end tests: a real API (embedded database, demo data), the Vite dev server and
// Chromium, started once by the global setup. One worker: the specs share the one API.
module.exports = preset({
  displayName: 'e2e',
  roots: ['<rootDir>/e2e'],
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
  slowTestThreshold: 20,
});
