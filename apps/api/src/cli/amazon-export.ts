/**
 * Writes Rebound's returns as an Amazon flat-file returns report (tab-separated, one row per
 * return line), streamed page by page, to a file or to stdout.
 *
 *   pnpm --filter @rebound/api amazon:export -- [--out <file>]
 */
import 'reflect-metadata';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { ConfigError, loadConfig } from '../config/config';
import { exportReturnsFlatFile } from '../modules/amazon-reports/returns-export';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';

const USAGE = `usage: pnpm --filter @rebound/api amazon:export -- [--out <file>]

Writes every return line in Amazon's flat-file returns layout (tab-separated, the columns of
GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE) to the file, or to stdout without --out.`;

class UsageError extends Error {}

function readArguments(argv: readonly string[]): { out: string | null } {
  let out: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--') continue;
    if (argument === '--help' || argument === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (argument === '--out') {
      const value = argv[index + 1];
      if (value === undefined) throw new UsageError('--out needs a file name');
      out = path.resolve(process.env.INIT_CWD ?? process.cwd(), value);
      index += 1;
    } else throw new UsageError(`unknown argument ${argument}\n${USAGE}`);
  }
  return { out };
}

async function writeTo(stream: NodeJS.WritableStream | WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function main(): Promise<void> {
  const { out } = readArguments(process.argv.slice(2));
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  const target = out === null ? process.stdout : createWriteStream(out);
  try {
    const count = await exportReturnsFlatFile(dataSource.manager, (chunk) =>
      writeTo(target, chunk),
    );
    if (out !== null) {
      const file = target as WriteStream;
      file.end();
      await once(file, 'finish');
    }
    console.error(
      `amazon export: ${count} return lines${out === null ? '' : ` written to ${out}`}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const expected = [UsageError, ConfigError, StartupError].some((kind) => error instanceof kind);
  console.error(expected && error instanceof Error ? `rebound: ${error.message}` : error);
  process.exitCode = 1;
});
