const { base } = require('@rebound/eslint');

module.exports = [...base({ tsconfigRootDir: __dirname, ignores: ['src/generated/**'] })];
