/** Applies pending migrations to the configured database and says which ran. */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  await dataSource.destroy();
  console.log('database is up to date');
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof StartupError
      ? `rebound: ${error.message}`
      : error,
  );
  process.exit(1);
});
