import { readDatabaseUrl } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';

/** Runs the API's migrations on the bench database and creates the FINANCE user; returns its id. */
export async function migrateBenchDatabase(
  url: string,
  email: string,
  passwordHash: string,
): Promise<string> {
  const dataSource = await createDataSource({ kind: 'postgres', ...readDatabaseUrl(url) }, 2);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const rows = await dataSource.query<{ id: string }[]>(
      `INSERT INTO users (email, display_name, password_hash, roles) VALUES ($1, 'Bench Finance', $2, '{FINANCE}') RETURNING id`,
      [email, passwordHash],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('no user created');
    return id;
  } finally {
    await dataSource.destroy();
  }
}
