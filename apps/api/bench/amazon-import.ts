/**
 * Benchmark of `amazon:import`: writes a 100,000-row flat-file returns report to disk, imports it
 * with the CLI (a child process, as an operator would run it) into a fresh PostgreSQL database,
 * then imports the same file again (every row unchanged). Samples the importer's peak resident
 * memory (VmHWM) and prints and saves rows per second and peak RSS for both runs. The database
 * is dropped at the end.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm --filter @rebound/api bench:amazon-import
 *
 * BENCH_ROWS changes the number of rows (100,000 by default).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { REASON_CATALOGUE, REASON_CODES } from '@rebound/domain';
import { Client } from 'pg';
import { readDatabaseUrl } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { FLAT_COLUMNS } from '../src/modules/amazon-reports/report-columns';
import { tsvRecord } from '../src/modules/amazon-reports/tsv-format';

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SKU_COUNT = 1_000;
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

/** Migrations, an ADMIN to import as, one supplier and the SKUs the report names. */
async function prepareDatabase(url: string): Promise<void> {
  const dataSource = await createDataSource({ kind: 'postgres', ...readDatabaseUrl(url) }, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, roles)
       VALUES ('bench-admin@rebound.test', 'Bench Admin', 'not-a-hash', '{ADMIN}')`,
    );
    await dataSource.query(
      `INSERT INTO suppliers (code, name, contact_email) VALUES ('BENCH', 'Bench supplier', 'ops@bench.test')`,
    );
    await dataSource.query(
      `INSERT INTO skus (code, asin, name, category, supplier_id, currency, unit_cost_minor, price_minor)
       SELECT 'BENCH-' || lpad(n::text, 5, '0'), 'B' || lpad(n::text, 9, '0'), 'Bench item ' || n, 'Bench',
              (SELECT id FROM suppliers WHERE code = 'BENCH'), 'USD', 1000, 2500
       FROM generate_series(1, $1::int) n`,
      [SKU_COUNT],
    );
  } finally {
    await dataSource.destroy();
  }
}

/** A deterministic report: every status, 1 % unmapped reasons, one RMA per row. */
async function writeReport(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(tsvRecord(FLAT_COLUMNS));
  const day = 86_400_000;
  const base = Date.UTC(2025, 0, 1);
  for (let n = 0; n < ROWS; n += 1) {
    const orderedAt = new Date(base + (n % 300) * day);
    const requestedAt = new Date(orderedAt.getTime() + 5 * day);
    const kind = n % 20;
    const status =
      kind < 2 ? 'Pending' : kind === 2 ? 'Rejected' : kind === 3 ? 'Cancelled' : 'Approved';
    const tracking = kind >= 8 ? `1ZBENCH${n}` : '';
    const delivered = kind >= 12 ? new Date(requestedAt.getTime() + 4 * day).toISOString() : '';
    const code = REASON_CODES[n % REASON_CODES.length] ?? 'DEFECTIVE';
    const reason =
      n % 100 === 99 ? 'Some reason Amazon added later' : REASON_CATALOGUE[code].amazonReason;
    const sku = `BENCH-${String((n % SKU_COUNT) + 1).padStart(5, '0')}`;
    const values: Record<string, string> = {
      'Order ID': `114-${String(n).padStart(7, '0')}-${String(n % 9_999_999).padStart(7, '0')}`,
      'Order date': orderedAt.toISOString(),
      'Return request date': requestedAt.toISOString(),
      'Return request status': status,
      'Amazon RMA ID': `DBENCH${n}RRMA`,
      'Label type': 'AmazonUnPaidLabel',
      'Label cost': '5.99',
      'Currency code': 'USD',
      'Return carrier': 'UPS',
      'Tracking ID': tracking,
      'Label to be paid by': 'Customer',
      'A-to-Z Claim': 'N',
      'Is prime': n % 2 === 0 ? 'Y' : 'N',
      ASIN: `B${String((n % SKU_COUNT) + 1).padStart(9, '0')}`,
      'Merchant SKU': sku,
      'Item Name': `Bench item ${(n % SKU_COUNT) + 1}`,
      'Return quantity': '1',
      'Return Reason': reason,
      'In policy': 'Y',
      'Return type': 'C-Returns',
      Resolution: 'StandardRefund',
      'Return delivery date': delivered,
      'Order Amount': '50.00',
      'Order quantity': '2',
    };
    await write(tsvRecord(FLAT_COLUMNS.map((column) => values[column] ?? '')));
  }
  out.end();
  await once(out, 'finish');
}

/** Peak resident memory of a live process in MB (VmHWM), or null once it has gone. */
function peakRssMb(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

interface RunFigures {
  seconds: number;
  /** The importer's own figure: from the first row read to the summary. */
  importSeconds: number;
  importRowsPerSecond: number;
  rowsPerSecond: number;
  peakRssMb: number;
  summary: string;
}

async function runImport(url: string, file: string): Promise<RunFigures> {
  const startedAt = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', 'src/cli/amazon-import.ts', '--kind', 'flat', file],
    {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, peakRssMb(child.pid) ?? 0);
  }, 50);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(sampler);
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  if (code !== 0) throw new Error(`amazon:import exited with ${code}\n${stderr.slice(-2000)}`);
  const measured = /rows read in ([\d.]+) s \((\d+) rows\/s\)/.exec(stdout);
  return {
    seconds,
    importSeconds: Number(measured?.[1] ?? Number.NaN),
    importRowsPerSecond: Number(measured?.[2] ?? Number.NaN),
    rowsPerSecond: Math.round(ROWS / seconds),
    peakRssMb: Math.round(peak),
    summary: stdout.trim(),
  };
}

const figures = (run: RunFigures): Record<string, number> => ({
  importSeconds: run.importSeconds,
  importRowsPerSecond: run.importRowsPerSecond,
  processSeconds: Number(run.seconds.toFixed(2)),
  processRowsPerSecond: run.rowsPerSecond,
  peakRssMb: run.peakRssMb,
});

async function main(): Promise<void> {
  const name = `rebound_bench_amazon_${process.pid}`;
  const url = withDatabase(SERVER_URL, name);
  const file = path.join(os.tmpdir(), `amazon-returns-${process.pid}.tsv`);
  await onServer(`CREATE DATABASE ${name}`);
  try {
    await prepareDatabase(url);
    await writeReport(file);
    const { size } = await stat(file);
    console.log(`wrote ${ROWS} rows (${(size / 1e6).toFixed(1)} MB) to ${file}`);
    const first = await runImport(url, file);
    console.log(first.summary);
    const repeat = await runImport(url, file);
    console.log(repeat.summary);
    const result = {
      benchmark: 'amazon-import',
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        // The machine is shared: a load well above the core count slows every figure down.
        loadAverage1m: Number((os.loadavg()[0] ?? 0).toFixed(1)),
      },
      database: 'PostgreSQL (own database, dropped after)',
      rows: ROWS,
      fileMb: Number((size / 1e6).toFixed(1)),
      batchSize: 500,
      firstImport: figures(first),
      reimportUnchanged: figures(repeat),
      note: 'importRowsPerSecond: the import itself (first row read to summary); processRowsPerSecond: wall time of the whole CLI process, node start-up and connection included. peakRssMb: VmHWM of the CLI process.',
    };
    console.log(JSON.stringify(result, null, 2));
    const dir = path.join(API_DIR, 'bench', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, `amazon-import-${result.date.slice(0, 10)}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  } finally {
    await rm(file, { force: true });
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
