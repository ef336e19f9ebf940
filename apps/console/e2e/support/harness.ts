import type { ApiProcess } from './api-process';
import type { ConsoleServer } from './console-server';

/** What the teardown must stop: jest lets globalSetup and globalTeardown share globalThis. */
export interface E2eHarness {
  readonly workDir: string;
  readonly api: ApiProcess | null;
  readonly console: ConsoleServer | null;
}

declare global {
  var reboundE2eHarness: E2eHarness | undefined;
}
