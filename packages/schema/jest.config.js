const { preset } = require('@rebound/jest');

module.exports = preset({ testTimeout: 120_000 });
