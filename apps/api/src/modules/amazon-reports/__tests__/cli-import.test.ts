import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../database/data-source';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { createTestUser } from '../../../testing/test-users';
import { FLAT_COLUMNS } from '../report-columns';
import { createAmazonCatalog, flatRow, tsv } from './report-files';

const API_ROOT = path.resolve(__dirname, '../../../..');

jest.setTimeout(180_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Where the child process finds the database: the test database's URL on a server; on the
 * embedded database, a data folder this file fills first and then hands over (PGlite holds a
 * folder in one process at a time, so the test closes it while the command runs).
 */
interface CliDatabase {
  env: Record<string, string>;
  /** Runs `work` on the database while no command holds it. */
  use<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

async function cliDatabase(): Promise<CliDatabase> {
  const database: TestDatabase = await createTestDatabase();
  if (database.config.kind === 'postgres') {
    return {
      env: { DATABASE_URL: database.config.url },
      use: (work) => work(database.dataSource),
      drop: () => database.drop(),
    };
  }
  await database.drop();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rebound-amazon-cli-'));
  return {
    env: { DATA_DIR: dataDir },
    use: async (work) => {
      const dataSource = await createDataSource({ kind: 'embedded', dataDir });
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        return await work(dataSource);
      } finally {
        await dataSource.destroy();
      }
    },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** Runs `amazon:import` as its pnpm script does, without a terminal (stderr is a pipe). */
function amazonImport(env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'src/cli/amazon-import.ts', ...args],
      { cwd: API_ROOT, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

let database: CliDatabase;
let folder: string;

beforeAll(async () => {
  database = await cliDatabase();
  await database.use(async (dataSource) => {
    await createAmazonCatalog(dataSource);
    await createTestUser(dataSource, 'cli-admin', ['ADMIN']);
  });
  folder = await mkdtemp(path.join(tmpdir(), 'rebound-amazon-files-'));
});

afterAll(async () => {
  await database.drop();
  await rm(folder, { recursive: true, force: true });
});

describe('pnpm amazon:import (the command, in a child process)', () => {
  test('imports a flat file: progress lines and refused rows on stderr, the summary on stdout, exit code 0', async () => {
    const file = path.join(folder, 'returns.tsv');
    await writeFile(
      file,
      tsv(FLAT_COLUMNS, [
        flatRow({ 'Order ID': '114-9000001-0000001', 'Amazon RMA ID': 'CLI-1' }),
        flatRow({
          'Order ID': '114-9000002-0000001',
          'Amazon RMA ID': 'CLI-2',
          'Merchant SKU': 'NOPE',
        }),
        flatRow({
          'Order ID': '114-9000003-0000001',
          'Amazon RMA ID': 'CLI-3',
          'Return quantity': '0',
        }),
        flatRow({
          'Order ID': '114-9000004-0000001',
          'Amazon RMA ID': 'CLI-4',
          'Return Reason': 'Smells funny',
        }),
      ]),
    );
    const run = await amazonImport(database.env, ['--', '--kind', 'flat', file]);
    expect(run.code).toBe(0);
    const stderr = run.stderr.trimEnd().split('\n');
    // No terminal: plain lines, never the bar's carriage returns.
    expect(run.stderr).not.toContain('\r');
    expect(stderr.filter((line) => line.startsWith('progress: '))[0]).toMatch(
      /^progress: \d+% of the file, \d+ rows, [\d,]+ rows\/s, \d+ refused$/,
    );
    // Each refused row as it is found: unreadable cells when read, the rest when its batch runs.
    expect(stderr.filter((line) => line.startsWith('line ')).sort()).toEqual([
      'line 3, column "Merchant SKU": is not a known SKU (NOPE)',
      'line 4, column "Return quantity": must be at least 1 (got 0)',
    ]);
    expect(run.stdout).toContain(`importing ${file} (FLAT) as cli-admin@rebound.test`);
    expect(run.stdout).toMatch(/amazon import: 4 rows read in [\d.]+ s/);
    expect(run.stdout).toMatch(/returns created +2\n/);
    expect(run.stdout).toMatch(/rows refused +2\n/);
    expect(run.stdout).toMatch(/rows to review +1 \(reason not in the catalogue\)\n/);
    expect(run.stdout).toMatch(/import run +[0-9a-f-]{36}\n/);

    const stored = await database.use((dataSource) =>
      dataSource.query<{ status: string; counts: { returnsCreated: number } }[]>(
        'SELECT status, counts FROM amazon_import_runs',
      ),
    );
    expect(stored.map((run) => run.status)).toEqual(['FINISHED']);
    expect(stored[0]?.counts).toMatchObject({ returnsCreated: 2, rowsRefused: 2 });
  });

  test('a file that does not exist: exit code 1 and one line saying so, before the database is opened', async () => {
    const missing = path.join(folder, 'nowhere.tsv');
    const run = await amazonImport(database.env, ['--kind', 'flat', missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`rebound: cannot read ${missing}: ENOENT\n`);
    expect(run.stdout).toBe('');
  });

  test('a header without a required column: exit code 1, one line naming it, the run recorded as FAILED', async () => {
    const file = path.join(folder, 'no-reason.tsv');
    const columns = FLAT_COLUMNS.filter((column) => column !== 'Return Reason');
    await writeFile(file, tsv(columns, [flatRow({ 'Amazon RMA ID': 'CLI-9' })]));
    const run = await amazonImport(database.env, ['--kind', 'flat', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'rebound: line 1: the header of this flat-file returns report lacks the required column(s) Return Reason\n',
    );
    const failed = await database.use((dataSource) =>
      dataSource.query<{ failure: string }[]>(
        "SELECT failure FROM amazon_import_runs WHERE status = 'FAILED'",
      ),
    );
    expect(failed).toHaveLength(1);
    expect(failed[0]?.failure).toContain('Return Reason');
  });
});
