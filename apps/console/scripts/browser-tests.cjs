#!/usr/bin/env node
// Runs the browser tests when a Chromium is installed; otherwise says they were left out.
// CI always installs Debian's chromium (see .ci/run), so there they always run.
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(
    `left out: browser tests need Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
  if (process.env.CI === 'true') {
    console.error('CI must run the browser tests: install chromium first');
    process.exit(1);
  }
  process.exit(0);
}
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(process.execPath, [jest, '-c', 'jest.e2e.config.cjs'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
