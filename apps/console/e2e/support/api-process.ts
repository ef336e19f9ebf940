import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port';
import { API_DIR, LOGS_DIR } from './paths';

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ApiProcess {
  readonly url: string;
  readonly logFile: string;
  readonly stop: () => Promise<void>;
}

async function logTail(logFile: string): Promise<string> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  return text.split('\n').slice(-25).join('\n');
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
}

/** Resolves once GET /health answers 200; rejects if the process dies or time runs out. */
async function waitUntilHealthy(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The API exited during start (${String(child.exitCode ?? child.signalCode)}):\n${await logTail(logFile)}`,
      );
    }
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return;
    await sleep(250);
  }
  throw new Error(
    `The API did not answer /health within ${READY_TIMEOUT_MS / 1000} s:\n${await logTail(logFile)}`,
  );
}

/**
 * The real API as a child process, as `pnpm start` runs it in development: TypeScript through
 * SWC, the embedded database in `dataDir`, demo data seeded. Never a DATABASE_URL from the
 * caller's environment, so a developer's database is never touched.
 */
export async function startApi(dataDir: string): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(LOGS_DIR, 'api.log');
  const log = createWriteStream(logFile);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  // Safety net: if the test run dies before the teardown, the API does not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const stopped = await Promise.race([
        exited(child).then(() => true),
        // Unref'd: once the API is gone, this timer must not keep jest alive for 10 s.
        sleep(STOP_TIMEOUT_MS, false, { ref: false }),
      ]);
      if (!stopped) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    log.end();
  };

  try {
    await waitUntilHealthy(url, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, logFile, stop };
}
