const { preset } = require('@rebound/jest');

module.exports = preset({
  testTimeout: 60_000,
  maxWorkers: 2,
  setupFiles: ['reflect-metadata'],
});
