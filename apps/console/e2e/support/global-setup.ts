import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApi } from './api-process';
import { startConsole } from './console-server';
import globalTeardown from './global-teardown';
import './harness';
import { API_URL_ENV, CONSOLE_URL_ENV, LOGS_DIR, SCREENSHOTS_DIR } from './paths';

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

export default async function globalSetup(): Promise<void> {
  const started = performance.now();
  await rm(SCREENSHOTS_DIR, { recursive: true, force: true });
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  await mkdir(LOGS_DIR, { recursive: true });
  const workDir = await mkdtemp(path.join(tmpdir(), 'rebound-e2e-'));
  globalThis.reboundE2eHarness = { workDir, api: null, console: null };

  try {
    const api = await startApi(path.join(workDir, 'pglite'));
    globalThis.reboundE2eHarness = { workDir, api, console: null };
    const apiReady = seconds(started);
    const consoleServer = await startConsole(api.url);
    globalThis.reboundE2eHarness = { workDir, api, console: consoleServer };
    process.env[API_URL_ENV] = api.url;
    process.env[CONSOLE_URL_ENV] = consoleServer.url;
    process.stderr.write(
      `\ne2e: API ${api.url} ready in ${apiReady} (log: ${api.logFile}); console ${consoleServer.url} ready in ${seconds(started)}\n`,
    );
  } catch (error) {
    // jest skips the teardown when the setup fails: stop what did start.
    await globalTeardown();
    throw error;
  }
}
