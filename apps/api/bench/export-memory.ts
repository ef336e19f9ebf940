/**
 * Memory benchmark of GET /exports/refunds.csv: loads 1,000,000 refunds into a fresh PostgreSQL
 * database, starts the API as a child process in production mode, downloads the whole export as
 * a FINANCE user (counting rows and bytes, keeping nothing) and samples the API's resident
 * memory (VmRSS) every 100 ms. Prints and saves the figures; fails when the peak reaches 300 MB.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm --filter @rebound/api bench:export
 *
 * BENCH_ROWS changes the number of refunds (1,000,000 by default); BENCH_API_FLAGS passes node
 * flags to the API process (e.g. "--trace-gc-nvp" to see what the old generation receives).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { get, request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../src/modules/auth/password';
import { migrateBenchDatabase } from './bench-database';
import { loadRefunds } from './refund-bench-data';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const LIMIT_MB = 300;
const PASSWORD = 'bench password, not a secret';
const API_DIR = path.resolve(__dirname, '..');

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Resident memory of a process in MB, from /proc/<pid>/status (VmRSS, in kB). */
function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      get(`${url}/health`, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      }).on('error', () => {
        resolve(false);
      });
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become healthy in 60 s');
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }',
      variables: { input: { email, password: PASSWORD } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || cookie === undefined) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return cookie;
}

/** Downloads the export, counting bytes and records (LF; the bench data has no line breaks in fields). */
function download(
  url: string,
  cookie: string,
): Promise<{ status: number; bytes: number; records: number }> {
  return new Promise((resolve, reject) => {
    const query = 'from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z';
    request(`${url}/exports/refunds.csv?${query}`, { headers: { cookie } }, (response) => {
      let bytes = 0;
      let records = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1))
          records += 1;
      });
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, bytes, records });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

async function main(): Promise<void> {
  const name = `rebound_bench_export_${process.pid}`;
  const databaseUrl = withDatabase(SERVER_URL, name);
  await onServer(`CREATE DATABASE ${name}`);
  let child: ChildProcess | null = null;
  try {
    const started = Date.now();
    const userId = await migrateBenchDatabase(
      databaseUrl,
      'finance@bench.test',
      await hashPassword(PASSWORD),
    );
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await loadRefunds(client, ROWS, userId);
    await client.end();
    const loadSeconds = (Date.now() - started) / 1000;
    console.log(`loaded ${ROWS} refunds into ${name} in ${loadSeconds.toFixed(1)} s`);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_API_FLAGS ?? '').split(' ').filter(Boolean),
        '-r',
        '@swc-node/register',
        'src/main.ts',
      ],
      {
        cwd: API_DIR,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    const pid = child.pid;
    if (pid === undefined) throw new Error('the API did not start');
    await waitForHealth(url, child);
    const startedMb = rssMb(pid) ?? 0;
    const cookie = await signIn(url, 'finance@bench.test');
    const idleMb = rssMb(pid) ?? 0;

    let peakMb = idleMb;
    const timeline: number[] = [];
    let samples = 0;
    const sampler = setInterval(() => {
      const now = rssMb(pid) ?? 0;
      peakMb = Math.max(peakMb, now);
      // The highest sample of each 5 s, to see whether memory plateaus or grows with the rows.
      const slot = Math.floor(samples / 50);
      timeline[slot] = Math.round(Math.max(timeline[slot] ?? 0, now));
      samples += 1;
    }, 100);
    const exportStarted = Date.now();
    const result = await download(url, cookie);
    const seconds = (Date.now() - exportStarted) / 1000;
    clearInterval(sampler);
    peakMb = Math.max(peakMb, rssMb(pid) ?? 0);

    const figures = {
      date: new Date().toISOString(),
      refunds: ROWS,
      httpStatus: result.status,
      rows: result.records - 1,
      bytes: result.bytes,
      seconds: Number(seconds.toFixed(1)),
      rowsPerSecond: Math.round((result.records - 1) / seconds),
      startedRssMb: Number(startedMb.toFixed(1)),
      idleRssMb: Number(idleMb.toFixed(1)),
      peakRssMb: Number(peakMb.toFixed(1)),
      limitMb: LIMIT_MB,
      withinLimit: peakMb < LIMIT_MB,
      rssEvery5sMb: timeline,
      loadSeconds: Number(loadSeconds.toFixed(1)),
      node: process.version,
    };
    console.log(JSON.stringify(figures, null, 2));
    const results = path.join(API_DIR, 'bench', 'results');
    await mkdir(results, { recursive: true });
    await writeFile(
      path.join(results, `export-memory-${figures.date.slice(0, 10)}.json`),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    if (figures.rows !== ROWS || figures.httpStatus !== 200)
      throw new Error(
        `expected ${ROWS} rows with 200, got ${figures.rows} with ${figures.httpStatus}`,
      );
    if (figures.peakRssMb >= LIMIT_MB)
      throw new Error(`peak RSS ${figures.peakRssMb} MB is not under ${LIMIT_MB} MB`);
  } finally {
    if (child !== null && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
