import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port';
import { API_DIR, CONSOLE_DIR, LOGS_DIR } from './paths';

const READY_TIMEOUT_MS = 90_000;
/** The trusted documents the console's codegen wrote (what a deployed API ships with). */
export const TRUSTED_DOCUMENTS = path.resolve(
  CONSOLE_DIR,
  '../../packages/schema/trusted-documents.json',
);

export interface ProductionStack {
  /** The built console on Vite's preview server, proxying the API paths. */
  readonly url: string;
  readonly apiUrl: string;
  readonly stop: () => Promise<void>;
}

/** Vite's CLI (Vite is ESM-only, which jest's module system cannot load in a spec). */
const VITE = path.join(CONSOLE_DIR, 'node_modules/vite/bin/vite.js');

/** Runs the console's `vite build` in production mode into `outDir`. */
async function buildConsole(outDir: string): Promise<void> {
  const child = spawn(
    process.execPath,
    [
      VITE,
      'build',
      '--mode',
      'production',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: CONSOLE_DIR,
      // Vite builds React's production bundle only when NODE_ENV says so (jest sets "test").
      env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (${String(code)}):\n${output}`);
}

/** `vite preview` of `outDir`, proxying the API paths to `apiUrl` (vite.config.ts). */
async function previewConsole(
  outDir: string,
  apiUrl: string,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      VITE,
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: CONSOLE_DIR,
      env: { ...process.env, NODE_OPTIONS: '', API_URL: apiUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${output}`);
    if (
      await fetch(`${url}/sign-in`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await sleep(250);
  }
  await stopChild(child);
  throw new Error(`vite preview did not answer:\n${output}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stopped = await Promise.race([
    exited.then(() => true),
    sleep(10_000, false, { ref: false }),
  ]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** The API with NODE_ENV=production and the trusted documents, on a fresh embedded database. */
async function startProductionApi(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(LOGS_DIR, 'api-production.log');
  const log = createWriteStream(logFile);
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      TRUSTED_DOCUMENTS_FILE: TRUSTED_DOCUMENTS,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The production API exited:\n${await readFile(logFile, 'utf8')}`);
    }
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await sleep(250);
  }
  await stopChild(child);
  throw new Error(`The production API did not answer /health:\n${await readFile(logFile, 'utf8')}`);
}

/**
 * The console as it ships: `vite build` in production mode (trusted documents on) into a
 * temporary folder, served by `vite preview`, in front of a production API.
 */
export async function startProductionStack(): Promise<ProductionStack> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'rebound-e2e-prod-'));
  const outDir = path.join(workDir, 'console');
  const children: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const child of children.reverse()) await stopChild(child);
    await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await buildConsole(outDir);
    const api = await startProductionApi(path.join(workDir, 'pglite'));
    children.push(api.child);
    const console = await previewConsole(outDir, api.url);
    children.push(console.child);
    return { url: console.url, apiUrl: api.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
