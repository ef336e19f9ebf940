import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource, Migration } from 'typeorm';
import type { Config } from '../config/config';
import { createDataSource } from '../database/data-source';
import { buildReboundSchema } from '../schema/build-schema';
import { seedDemoData, type SeedReport } from '../seed/demo-seed';
import { createApp } from './app';
import type { Logger } from './logger';
import { explainDatabaseFailure, StartupError } from './startup-error';

export interface RunningRebound {
  url: string;
  port: number;
  dataSource: DataSource;
  seed: SeedReport | null;
  close(): Promise<void>;
}

/** Opens the database and brings its schema up to date with the migrations. */
export async function openDatabase(config: Config, logger: Logger): Promise<DataSource> {
  let dataSource: DataSource;
  try {
    dataSource = await createDataSource(config.database);
    await dataSource.initialize();
  } catch (error) {
    throw explainDatabaseFailure(config.database, error);
  }
  // The embedded database has one connection and one process: nothing to lock against.
  const applied =
    config.database.kind === 'postgres'
      ? await migrateOnce(dataSource)
      : await dataSource.runMigrations({ transaction: 'each' });
  for (const migration of applied) logger.info(`migration applied: ${migration.name}`);
  return dataSource;
}

/** Any constant both replicas agree on: the key of the advisory lock taken while migrating. */
const MIGRATION_LOCK_KEY = 7_238_110_042;

/**
 * Runs pending migrations while holding an advisory lock, so that API replicas starting
 * together against one PostgreSQL migrate one after the other, never twice at once.
 */
async function migrateOnce(dataSource: DataSource): Promise<Migration[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await lock.release();
  }
}

async function listen(server: Server, host: string, port: number): Promise<number> {
  server.listen(port, host);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${port} is already in use: stop the other process or set PORT to a free port.`,
      );
    }
    throw new StartupError(
      `Cannot listen on ${host}:${port} (${code ?? String(error)}): check HOST and PORT.`,
    );
  }
  return (server.address() as AddressInfo).port;
}

/** Starts the whole API: database, migrations, optional demo data, GraphQL and /health. */
export async function startRebound(config: Config, logger: Logger): Promise<RunningRebound> {
  const dataSource = await openDatabase(config, logger);
  try {
    const seed = config.seedDemo ? await seedDemoData(dataSource) : null;
    const schema = await buildReboundSchema();
    const { app, apollo } = await createApp({ config, dataSource, schema, logger });
    const httpServer = createServer(app);
    const port = await listen(httpServer, config.host, config.port);
    const close = async (): Promise<void> => {
      await new Promise<void>((resolve) =>
        httpServer.close(() => {
          resolve();
        }),
      );
      await apollo.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    };
    return { url: `http://localhost:${port}`, port, dataSource, seed, close };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
}
