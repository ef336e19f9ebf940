import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { readDatabaseUrl } from '../config/config';
import { createDataSource } from '../database/data-source';

/** A database of one test file's own: created empty, migrated, and dropped at the end. */
export interface TestDatabase {
  kind: DatabaseConfig['kind'];
  config: DatabaseConfig;
  dataSource: DataSource;
  /** Closes the connections and removes the database. */
  drop(): Promise<void>;
}

/** The PostgreSQL server tests use when TEST_DATABASE_URL is set; otherwise the embedded one. */
export const serverUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database (a fresh one on the server, or an in-memory embedded one). */
export async function createEmptyDatabase(): Promise<{
  config: DatabaseConfig;
  remove: () => Promise<void>;
}> {
  if (serverUrl === undefined) {
    return { config: { kind: 'embedded', dataDir: 'memory://' }, remove: () => Promise.resolve() };
  }
  const name = `rebound_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(serverUrl, name);
  return {
    config: { kind: 'postgres', ...readDatabaseUrl(url) },
    remove: async () => {
      await onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/** A migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { config, remove } = await createEmptyDatabase();
  const dataSource = await createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    kind: config.kind,
    config,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await remove();
    },
  };
}

/**
 * `describe` for tests that need a real server's concurrency (locks, parallel transactions):
 * without TEST_DATABASE_URL they are left out, and say so.
 */
export function describeWithServer(name: string, body: () => void): void {
  if (serverUrl !== undefined) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    test('is left out: it needs a PostgreSQL server (set TEST_DATABASE_URL)', () => {
      process.stdout.write(`left out (no TEST_DATABASE_URL): ${name}\n`);
      expect(serverUrl).toBeUndefined();
    });
  });
}
