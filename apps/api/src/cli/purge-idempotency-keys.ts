/** Deletes idempotency keys past their 7-day retention (run daily, e.g. from cron). */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { acceptNoArguments } from './cli-arguments';
import { purgeExpiredIdempotencyKeys } from '../modules/refunds/issue/idempotency-keys';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';

const USAGE = `usage: pnpm --filter @rebound/api idempotency:purge

Deletes refund idempotency keys past their 7-day retention and prints how many; safe to run
again (run it daily). Uses DATABASE_URL, or the embedded database under DATA_DIR.`;

async function main(): Promise<void> {
  acceptNoArguments(USAGE);
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  try {
    const purged = await purgeExpiredIdempotencyKeys(dataSource, new Date());
    console.log(`idempotency keys purged: ${purged}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof StartupError
      ? `rebound: ${error.message}`
      : error,
  );
  process.exit(1);
});
