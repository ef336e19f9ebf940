import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer, type TestServer } from '../../testing/test-server';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

test('health is 200 while the database answers, then 503 once the database is gone', async () => {
  const up = await fetch(`${server.url}/health`);
  expect(up.status).toBe(200);
  expect(await up.json()).toMatchObject({
    status: 'ok',
    database: { kind: database.kind, state: 'up' },
  });

  // The database disappears: dropped on the server (connections terminated), or closed when embedded.
  await database.drop();

  const down = await fetch(`${server.url}/health`);
  expect(down.status).toBe(503);
  const report = (await down.json()) as {
    status: string;
    database: { state: string; error: string };
  };
  expect(report).toMatchObject({
    status: 'unavailable',
    database: { kind: database.kind, state: 'down' },
  });
  expect(report.database.error.length).toBeGreaterThan(0);
});
