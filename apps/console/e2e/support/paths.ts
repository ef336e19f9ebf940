import path from 'node:path';

export const CONSOLE_DIR = path.resolve(__dirname, '../..');
export const API_DIR = path.resolve(CONSOLE_DIR, '../api');
/** Gitignored (`test-artifacts/` in the root .gitignore); CI may upload it. */
export const ARTIFACTS_DIR = path.join(CONSOLE_DIR, 'test-artifacts');
export const SCREENSHOTS_DIR = path.join(ARTIFACTS_DIR, 'screenshots');
export const LOGS_DIR = path.join(ARTIFACTS_DIR, 'logs');

/** Set by the global setup for the specs (they run in the same process, or inherit the env). */
export const CONSOLE_URL_ENV = 'REBOUND_E2E_CONSOLE_URL';
export const API_URL_ENV = 'REBOUND_E2E_API_URL';
