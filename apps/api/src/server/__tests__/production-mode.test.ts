import { hashSecret, newSecret } from '../../modules/auth/secret-token';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../testing/test-server';
import { createTestUser } from '../../testing/test-users';

let database: TestDatabase;
let server: TestServer;
let admin: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database, 'production');
  const { id } = await createTestUser(database.dataSource, 'admin', ['ADMIN']);
  // Production runs only trusted documents; an API token allowed ad-hoc ones may send these.
  const secret = newSecret('rbt');
  await database.dataSource.query(
    'INSERT INTO api_tokens (user_id, name, token_hash, allow_ad_hoc) VALUES ($1, $2, $3, true)',
    [id, 'ad-hoc', hashSecret(secret)],
  );
  admin = server.client({ authorization: `Bearer ${secret}` });
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

test('introspection is off in production', async () => {
  const { json } = await admin.gql('{ __schema { queryType { name } } }');
  expect(json.data).toBeUndefined();
  expect(JSON.stringify(json.errors)).toMatch(/introspection/i);
});

test('the landing page is off in production', async () => {
  const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.headers.get('content-type')).not.toMatch(/text\/html/);
  expect(await response.text()).not.toMatch(/<html|sandbox/i);
});

test('a database failure reaches the client as INTERNAL_SERVER_ERROR, without SQL or stack', async () => {
  await database.dataSource.query('ALTER TABLE returns RENAME TO returns_moved');
  try {
    const { json } = await admin.gql('{ returnStats { total } }');
    const body = JSON.stringify(json);
    expect(json.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['returnStats'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(body).not.toMatch(/SELECT|FROM|relation|does not exist|stack/i);
    expect(server.errors).toHaveLength(1);
  } finally {
    await database.dataSource.query('ALTER TABLE returns_moved RENAME TO returns');
  }
});
