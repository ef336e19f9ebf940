const { preset } = require('@rebound/jest');

// Node environment (no jsdom): tests cover the pure modules — labels, ordering, URL builders,
// error formatting, health parsing. Components stay thin enough not to need their own.
module.exports = preset();
