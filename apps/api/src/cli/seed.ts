/** Loads the demo business into the configured database (migrating it first); idempotent. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { seedDemoData } from '../seed/demo-seed';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  try {
    const report = await seedDemoData(dataSource);
    console.log(
      report.created ? 'demo data loaded:' : 'demo data already present, nothing changed:',
    );
    for (const [table, count] of Object.entries(report.inserted))
      console.log(`  ${table.padEnd(12)} +${count}`);
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
