/**
 * Imports marketplace orders from a CSV file, one transaction per order, through the same
 * service as the upsertOrder mutation. Bad rows are reported by line and skipped; the exit code
 * is 0 once the file has been read to its end, 1 when it or the configuration cannot be used.
 *
 *   pnpm --filter @rebound/api orders:import [--as <email>] <file.csv>
 */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config/config';
import { ORDER_CSV_COLUMNS, OrderCsvFormatError } from '../modules/orders/import/order-csv-columns';
import { readOrderCsv } from '../modules/orders/import/order-csv-reader';
import {
  findImportUser,
  importContext,
  ImportUserError,
} from '../modules/orders/import/import-user';
import { importOrders, type ImportSummary } from '../modules/orders/import/order-import';
import { groupOrderRows } from '../modules/orders/import/order-row-groups';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';
import { commandArguments } from './cli-arguments';

const USAGE = `usage: pnpm --filter @rebound/api orders:import [--as <email>] <file.csv>

Reads an orders CSV with the header
  ${ORDER_CSV_COLUMNS.join(',')}
one row per order line, the rows of one order consecutive; money in major units (49.99),
dates in ISO 8601 (2025-03-01 or 2025-03-01T14:30:00Z). Each order is recorded whole: lines
it no longer lists are removed. Acts as the first ADMIN user, or the SUPPORT/ADMIN user --as names.`;

class UsageError extends Error {}

/** `--help`: the usage goes to stdout and the run succeeds. */
class HelpRequested extends Error {}

function readArguments(argv: readonly string[]): { file: string; as: string | null } {
  const files: string[] = [];
  let as: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') throw new HelpRequested(USAGE);
    if (argument === '--as') {
      as = argv[index + 1] ?? null;
      if (as === null) throw new UsageError('--as needs an email address');
      index += 1;
    } else if (argument.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
    else files.push(argument);
  }
  const [file] = files;
  if (file === undefined || files.length > 1) throw new UsageError('name exactly one CSV file');
  // pnpm runs scripts in the package folder; a relative path means the caller's folder.
  return { file: path.resolve(process.env.INIT_CWD ?? process.cwd(), file), as };
}

async function checkReadable(file: string): Promise<void> {
  const found = await stat(file).catch((error: unknown) => {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  });
  if (!found.isFile()) throw new UsageError(`cannot read ${file}: it is not a file`);
}

function printSummary(summary: ImportSummary): void {
  console.log(`orders import: ${summary.rowsRead} rows read`);
  console.log(`  orders created    ${summary.ordersCreated}`);
  console.log(`  orders updated    ${summary.ordersUpdated}`);
  console.log(`  orders unchanged  ${summary.ordersUnchanged}`);
  console.log(`  orders refused    ${summary.ordersRefused}`);
  console.log(`  rows refused      ${summary.rowsRefused}`);
}

async function main(): Promise<void> {
  const { file, as } = readArguments(commandArguments());
  await checkReadable(file);
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  try {
    const user = await findImportUser(dataSource, as);
    console.log(`importing ${file} as ${user.email}`);
    const events = groupOrderRows(readOrderCsv(createReadStream(file)));
    const summary = await importOrders(importContext(dataSource, user), events, (message) => {
      console.error(message);
    });
    printSummary(summary);
  } finally {
    await dataSource.destroy();
  }
}

const EXPECTED = [UsageError, ConfigError, StartupError, OrderCsvFormatError, ImportUserError];

main().catch((error: unknown) => {
  if (error instanceof HelpRequested) {
    console.log(error.message);
    return;
  }
  const expected = EXPECTED.some((kind) => error instanceof kind);
  console.error(expected && error instanceof Error ? `rebound: ${error.message}` : error);
  process.exitCode = 1;
});
