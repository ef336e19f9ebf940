/**
 * Rebuilds the return-analytics rollups from the base tables (after a bulk load with triggers
 * off, or to check them):
 *   pnpm --filter @rebound/api analytics:rebuild [-- --time-zones UTC,America/New_York]
 * With --time-zones, the reporting zones kept in rollups become exactly those (queries in other
 * zones read the base tables). Runs in one transaction: readers see the old rollups until commit.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { rebuildRollups } from '../modules/analytics/rollups';
import { createLogger } from '../server/logger';
import { openDatabase } from '../server/start';
import { StartupError } from '../server/startup-error';
import { commandArguments } from './cli-arguments';

const USAGE = `usage: pnpm --filter @rebound/api analytics:rebuild [-- --time-zones UTC,America/New_York]

Rebuilds the analytics rollups from the base tables in one transaction (readers see the old
rollups until it commits). --time-zones sets the reporting zones kept in rollups.`;

class UsageError extends Error {}

function readZones(): string[] | undefined {
  try {
    const { values } = parseArgs({
      args: commandArguments(),
      options: { 'time-zones': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) {
      console.log(USAGE);
      process.exit(0);
    }
    return values['time-zones']?.split(',').map((zone) => zone.trim());
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const zones = readZones();
  const config = loadConfig();
  const dataSource = await openDatabase(config, createLogger(config.logLevel));
  try {
    const started = process.hrtime.bigint();
    const report = await rebuildRollups(dataSource, zones);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(
      `analytics rollups rebuilt for ${report.zones.join(', ')}: ${report.soldRows} sold rows, ${report.returnedRows} returned rows in ${seconds.toFixed(1)} s`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof StartupError || error instanceof UsageError
      ? `rebound: ${error.message}`
      : error,
  );
  process.exit(1);
});
