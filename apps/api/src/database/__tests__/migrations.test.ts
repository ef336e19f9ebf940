import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

test('after the migrations, the entities need no further schema change', async () => {
  const pending = await database.dataSource.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((query) => query.query)).toEqual([]);
});

test('every migration can be undone and applied again', async () => {
  const { dataSource } = database;
  const applied = dataSource.migrations.length;
  expect(applied).toBeGreaterThan(0);
  for (let step = 0; step < applied; step += 1)
    await dataSource.undoLastMigration({ transaction: 'each' });
  const tables: { count: number }[] = await dataSource.query(
    "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
  );
  expect(tables[0]?.count).toBe(0);
  expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(applied);
  expect(await dataSource.showMigrations()).toBe(false);
});
