import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createReportWorld, type ReportWorld } from './report-fixtures';

/** A test database and server with the report world and a signed-in FINANCE client. */
export interface FinanceTestbed {
  database: TestDatabase;
  server: TestServer;
  world: ReportWorld;
  finance: TestClient;
  close(): Promise<void>;
}

export async function startFinanceTestbed(): Promise<FinanceTestbed> {
  const database = await createTestDatabase();
  const server = await startTestServer(database);
  const user = await createTestUser(database.dataSource, 'finance', ['FINANCE']);
  return {
    database,
    server,
    world: await createReportWorld(database.dataSource, user.id),
    finance: await server.signIn('finance@rebound.test'),
    close: async () => {
      await server.close();
      await database.drop();
    },
  };
}
