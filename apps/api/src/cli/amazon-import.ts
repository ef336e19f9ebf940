/**
 * Imports an Amazon returns report (tab-separated), streamed: the merchant-fulfilled flat file
 * (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE) or the FBA customer returns report. Progress goes
 * to stderr (a bar on a terminal, periodic lines otherwise), each refused row to stderr as it is
 * found, the summary to stdout. Exit code 0 once the file has been read to its end (even with
 * refused rows), 1 when it or the configuration cannot be used.
 *
 *   pnpm --filter @rebound/api amazon:import -- --kind flat|fba [--channel AMAZON_US] [--as <email>] <file>
 */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { ConfigError, loadConfig } from '../config/config';
import type { AmazonReportKind } from '../modules/amazon-reports/amazon-import-run.entity';
import { amazonImportContext } from '../modules/amazon-reports/import-context';
import { importAmazonReport, type ImportCounts } from '../modules/amazon-reports/import-report';
import { ReportFormatError } from '../modules/amazon-reports/report-columns';
import { findImportUser, ImportUserError } from '../modules/orders/import/import-user';
import { CHANNEL_PATTERN } from '../modules/orders/order-identity.rules';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';
import { ImportProgress } from './amazon-progress';

const USAGE = `usage: pnpm --filter @rebound/api amazon:import -- --kind flat|fba [--channel AMAZON_US] [--as <email>] <file>

--kind flat  the merchant-fulfilled returns report (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE)
--kind fba   the FBA customer returns report
Columns are matched by header name in any order; unknown columns are kept with each row.
Re-importing a file, or a later one that overlaps it, updates and never duplicates. Orders not
yet in Rebound are created on --channel (default AMAZON_US). Acts as the first ADMIN user, or
the SUPPORT/ADMIN user --as names (a SUPPORT user cannot import received returns).`;

class UsageError extends Error {}
class HelpRequested extends Error {}

interface Arguments {
  file: string;
  kind: AmazonReportKind;
  channel: string;
  as: string | null;
}

function readArguments(argv: readonly string[]): Arguments {
  const files: string[] = [];
  let kind: AmazonReportKind | null = null;
  let channel = 'AMAZON_US';
  let as: string | null = null;
  const valueOf = (index: number, option: string): string => {
    const value = argv[index + 1];
    if (value === undefined) throw new UsageError(`${option} needs a value`);
    return value;
  };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') throw new HelpRequested(USAGE);
    if (argument === '--') continue;
    if (argument === '--kind') {
      const value = valueOf(index, '--kind').toLowerCase();
      if (value !== 'flat' && value !== 'fba') throw new UsageError('--kind is flat or fba');
      kind = value === 'flat' ? 'FLAT' : 'FBA';
      index += 1;
    } else if (argument === '--channel') {
      channel = valueOf(index, '--channel');
      if (!CHANNEL_PATTERN.test(channel))
        throw new UsageError(`--channel ${channel} is not a channel like AMAZON_US`);
      index += 1;
    } else if (argument === '--as') {
      as = valueOf(index, '--as');
      index += 1;
    } else if (argument.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
    else files.push(argument);
  }
  if (kind === null) throw new UsageError('say which report it is: --kind flat or --kind fba');
  const [file] = files;
  if (file === undefined || files.length > 1) throw new UsageError('name exactly one report file');
  // pnpm runs scripts in the package folder; a relative path means the caller's folder.
  return { file: path.resolve(process.env.INIT_CWD ?? process.cwd(), file), kind, channel, as };
}

function printSummary(counts: ImportCounts, seconds: number): void {
  const rate = Math.round(counts.rowsRead / Math.max(seconds, 0.001));
  console.log(
    `amazon import: ${counts.rowsRead} rows read in ${seconds.toFixed(1)} s (${rate} rows/s)`,
  );
  console.log(`  returns created   ${counts.returnsCreated}`);
  console.log(`  lines added       ${counts.linesAdded}`);
  console.log(`  rows updated      ${counts.rowsUpdated}`);
  console.log(`  rows unchanged    ${counts.rowsUnchanged}`);
  console.log(`  rows refused      ${counts.rowsRefused}`);
  console.log(`  rows to review    ${counts.rowsFlagged} (reason not in the catalogue)`);
  console.log(`  orders created    ${counts.ordersCreated}`);
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  const found = await stat(args.file).catch((error: unknown) => {
    throw new UsageError(
      `cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  });
  if (!found.isFile()) throw new UsageError(`cannot read ${args.file}: it is not a file`);
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  try {
    const user = await findImportUser(dataSource, args.as);
    console.log(`importing ${args.file} (${args.kind}) as ${user.email}`);
    const progress = new ImportProgress(found.size);
    // Counts the bytes the importer has taken, for the bar; back-pressure passes through.
    const source = createReadStream(args.file).pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          progress.bytesRead += chunk.length;
          done(null, chunk);
        },
      }),
    );
    const startedAt = Date.now();
    const result = await importAmazonReport(amazonImportContext(dataSource, user), source, {
      kind: args.kind,
      channel: args.channel,
      fileName: path.basename(args.file),
      source: 'CLI',
      onProgress: (counts) => {
        progress.update(counts);
      },
      onProblem: (problem) => {
        progress.line(
          `line ${problem.line}${problem.column === null ? '' : `, column "${problem.column}"`}: ${problem.reason}`,
        );
      },
    });
    progress.done();
    printSummary(result.counts, (Date.now() - startedAt) / 1000);
    console.log(`  import run        ${result.runId}`);
  } finally {
    await dataSource.destroy();
  }
}

const EXPECTED = [UsageError, ConfigError, StartupError, ReportFormatError, ImportUserError];

main().catch((error: unknown) => {
  if (error instanceof HelpRequested) {
    console.log(error.message);
    return;
  }
  const expected = EXPECTED.some((kind) => error instanceof kind);
  console.error(expected && error instanceof Error ? `rebound: ${error.message}` : error);
  process.exitCode = 1;
});
