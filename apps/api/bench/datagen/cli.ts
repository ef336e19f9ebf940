/**
 * Generates the benchmark dataset (PERFORMANCE.md) into a database:
 *   pnpm --filter @rebound/api datagen -- --scale S|L|<fraction> --database-url postgres://…/rebound_bench_l
 *     [--seed N] [--months 24] [--reload]
 * The database is created when missing and migrated; a database that already holds orders is
 * left alone unless --reload (it is then dropped and created again). Prints the load time.
 */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { readDatabaseUrl } from '../../src/config/config';
import { createDataSource } from '../../src/database/data-source';
import { DEFAULT_OPTIONS, generateDataset } from '../../src/modules/analytics/datagen/generate';
import { insertDataset } from '../../src/modules/analytics/datagen/insert-dataset';
import { copyDataset } from './load';
import { parseScale } from './scale';

export interface DatagenResult {
  loaded: boolean;
  seconds: number;
  rows: Record<string, number>;
}

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates (or with `reload`, re-creates) the database, migrates it and loads the dataset. */
export async function loadBenchDatabase(
  url: string,
  scale: number,
  options: { seed?: number; months?: number; reload?: boolean; log?: (line: string) => void } = {},
): Promise<DatagenResult> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsupported database name "${name}"`);
  await onServer(url, async (client) => {
    if (options.reload === true) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  });
  const dataSource = await createDataSource({ kind: 'postgres', ...readDatabaseUrl(url) }, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const [existing] = await dataSource.query<{ orders: number }[]>(
      'SELECT count(*)::int AS orders FROM orders',
    );
    if ((existing?.orders ?? 0) > 0) {
      log(`${name} already holds ${existing?.orders} orders: reused (pass --reload to load again)`);
      return { loaded: false, seconds: 0, rows: {} };
    }
  } finally {
    await dataSource.destroy();
  }
  const started = process.hrtime.bigint();
  const tables = generateDataset({
    ...DEFAULT_OPTIONS,
    scale,
    seed: options.seed ?? DEFAULT_OPTIONS.seed,
    months: options.months ?? DEFAULT_OPTIONS.months,
  });
  const generated = Number(process.hrtime.bigint() - started) / 1e9;
  log(`generated in ${generated.toFixed(1)} s`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await copyDataset(client, tables);
  } finally {
    await client.end();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = Object.fromEntries(tables.map((table) => [table.table, table.rows.length]));
  log(
    `loaded ${JSON.stringify(rows)} in ${seconds.toFixed(1)} s (generation + COPY + rollup rebuild + ANALYZE)`,
  );
  const date = new Date().toISOString();
  const directory = path.resolve(__dirname, '..', 'results');
  await mkdir(directory, { recursive: true });
  await writeFile(
    path.join(
      directory,
      `datagen-${scale === 1 ? 'L' : scale === 0.1 ? 'S' : String(scale)}-${date.slice(0, 10)}.json`,
    ),
    `${JSON.stringify(
      {
        date,
        scale,
        database: name,
        seconds: Number(seconds.toFixed(1)),
        generationSeconds: Number(generated.toFixed(1)),
        rows,
        machine: {
          cpu: os.cpus()[0]?.model ?? 'unknown',
          cores: os.cpus().length,
          loadAverage1m: os.loadavg()[0],
        },
        node: process.version,
      },
      null,
      2,
    )}\n`,
  );
  return { loaded: true, seconds, rows };
}

/** Loads into an embedded database folder (PGlite) with multi-row INSERTs, triggers on. */
async function loadEmbedded(
  dataDir: string,
  scale: number,
  seed: number,
  months: number,
): Promise<void> {
  const dataSource = await createDataSource({ kind: 'embedded', dataDir });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const started = process.hrtime.bigint();
    const tables = generateDataset({ ...DEFAULT_OPTIONS, scale, seed, months });
    await dataSource.transaction((manager) => insertDataset(manager, tables));
    console.log(`loaded in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  } finally {
    await dataSource.destroy();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    // pnpm passes the `--` of `pnpm datagen -- --scale S` through.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      scale: { type: 'string', default: 'S' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      months: { type: 'string' },
      reload: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const scale = parseScale(values.scale);
  const seed = values.seed === undefined ? DEFAULT_OPTIONS.seed : Number(values.seed);
  const months = values.months === undefined ? DEFAULT_OPTIONS.months : Number(values.months);
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (values['data-dir'] !== undefined) {
    await loadEmbedded(values['data-dir'], scale, seed, months);
    return;
  }
  if (url === undefined || url === '')
    throw new Error('pass --database-url (or DATABASE_URL), or --data-dir for PGlite');
  await loadBenchDatabase(url, scale, { seed, months, reload: values.reload });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
