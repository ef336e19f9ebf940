import {
  createTestDatabase,
  describeWithServer,
  type TestDatabase,
} from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createCatalog, orderInput, orderTableCounts, UPSERT_ORDER } from './order-fixtures';

describeWithServer('upsertOrder under concurrency', () => {
  let database: TestDatabase;
  let server: TestServer;
  let support: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    await createCatalog(database.dataSource);
    await createTestUser(database.dataSource, 'sue', ['SUPPORT']);
    support = await server.signIn('sue@rebound.test');
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  test('the same new order sent several times at once is created once, and every call succeeds', async () => {
    const input = orderInput({
      externalId: '222-0000001-0000001',
      customer: { email: 'race@example.com', name: 'Rae' },
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => support.gql(UPSERT_ORDER, { input })),
    );
    expect(results.flatMap((result) => result.json.errors ?? [])).toEqual([]);
    const created = results.map(
      (result) => (result.json.data?.upsertOrder as { created: boolean }).created,
    );
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await orderTableCounts(database.dataSource)).toEqual({
      orders: 1,
      orderLines: 2,
      customers: 1,
    });
  });
});
