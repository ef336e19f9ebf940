/** Cancels returns whose prepaid label expired unused (run daily, e.g. from cron); idempotent. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { acceptNoArguments } from './cli-arguments';
import { expireUnusedLabels } from '../modules/labels/label-expiry.service';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';

const USAGE = `usage: pnpm --filter @rebound/api labels:expire

Cancels returns whose prepaid label expired unused and prints their RMA numbers; safe to run
again (run it daily). Uses DATABASE_URL, or the embedded database under DATA_DIR.`;

async function main(): Promise<void> {
  acceptNoArguments(USAGE);
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  try {
    const report = await expireUnusedLabels(dataSource, new Date());
    console.log(`expired labels: ${report.expired.length} return(s) cancelled`);
    for (const rmaNumber of report.expired) console.log(`  ${rmaNumber}`);
    for (const failure of report.failed)
      console.log(`  failed: return ${failure.returnId} (${failure.code})`);
    if (report.failed.length > 0) process.exitCode = 1;
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
