import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../../config/config';
import { createDataSource } from '../../../database/data-source';
import { createEmptyDatabase } from '../../../testing/test-database';

/** The folder of the API package, where its command-line tools run. */
export const API_ROOT = path.resolve(__dirname, '../../../..');

/**
 * A database a command-line process can open too: a fresh database on the test server, or an
 * embedded one in a temporary folder (memory:// cannot be shared between processes).
 */
export interface CliDatabase {
  /** Environment variables pointing a child process at this database. */
  env: Record<string, string>;
  /** Works on the database from the test; the embedded one is open only meanwhile (one process at a time). */
  use<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

async function migrated(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = await createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

export async function createCliDatabase(): Promise<CliDatabase> {
  const empty = await createEmptyDatabase();
  if (empty.config.kind === 'postgres') {
    const dataSource = await migrated(empty.config);
    return {
      env: { DATABASE_URL: empty.config.url },
      use: (work) => work(dataSource),
      drop: async () => {
        await dataSource.destroy();
        await empty.remove();
      },
    };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rebound-orders-cli-'));
  return {
    env: { DATABASE_URL: '', DATA_DIR: dataDir },
    use: async (work) => {
      const dataSource = await migrated({ kind: 'embedded', dataDir });
      try {
        return await work(dataSource);
      } finally {
        await dataSource.destroy();
      }
    },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** What a command-line run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `orders:import` as the package script does, against `database`. */
export function runOrdersImport(database: CliDatabase, args: readonly string[]): Promise<CliRun> {
  const { NODE_OPTIONS: _jestOptions, INIT_CWD: _caller, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'src/cli/import-orders.ts', ...args],
      { cwd: API_ROOT, env: { ...inherited, LOG_LEVEL: 'error', ...database.env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}
