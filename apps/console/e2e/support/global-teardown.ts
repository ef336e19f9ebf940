import { rm } from 'node:fs/promises';
import './harness';

/** Stops the console and the API, then removes the temporary folder with the database. */
export default async function globalTeardown(): Promise<void> {
  const harness = globalThis.reboundE2eHarness;
  if (harness === undefined) return;
  globalThis.reboundE2eHarness = undefined;
  await harness.console?.stop();
  await harness.api?.stop();
  await rm(harness.workDir, { recursive: true, force: true, maxRetries: 3 });
}
