import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { embeddedDriver } from './embedded-pool';
import { entities } from './entities';
import { migrations } from './migrations';
import { installPgTypeParsers, parseInt8 } from './pg-type-parsers';

const common = {
  type: 'postgres',
  entities,
  migrations,
  migrationsTransactionMode: 'each',
  synchronize: false,
  // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  logging: false,
} as const satisfies Partial<DataSourceOptions>;

/** Opens (creating if needed) the embedded PGlite database; `memory://` keeps it in memory. */
export async function openEmbeddedDatabase(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create({
    dataDir,
    parsers: { [pgliteTypes.INT8]: parseInt8 },
  });
}

/** Builds the TypeORM data source for the configured database (not yet initialised). */
export async function createDataSource(
  database: DatabaseConfig,
  poolSize = 10,
): Promise<DataSource> {
  if (database.kind === 'postgres') {
    installPgTypeParsers();
    return new DataSource({
      ...common,
      url: database.url,
      poolSize,
      connectTimeoutMS: 5000,
      applicationName: 'rebound-api',
    });
  }
  const db = await openEmbeddedDatabase(database.dataDir);
  return new DataSource({ ...common, driver: embeddedDriver(db) });
}
