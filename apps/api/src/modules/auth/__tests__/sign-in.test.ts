import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { createTestUser, TEST_PASSWORD } from '../../../testing/test-users';

let database: TestDatabase;
let server: TestServer;

const SIGN_IN =
  'mutation($input: SignInInput!) { signIn(input: $input) { user { email roles } expiresAt } }';

async function auditTrail(): Promise<
  { action: string; outcome: string; error_code: string | null }[]
> {
  return database.dataSource.query(
    'SELECT action, outcome, error_code FROM audit_events ORDER BY id',
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await createTestUser(database.dataSource, 'sam', ['SUPPORT', 'FINANCE']);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

test('signing in sets an httpOnly SameSite session cookie and the viewer is the user', async () => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: SIGN_IN,
      variables: { input: { email: 'sam@rebound.test', password: TEST_PASSWORD } },
    }),
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/^rebound_session=rbs_[\w-]{43}; /);
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  const cookie = setCookie.split(';')[0] ?? '';
  const viewer = await server.post({ query: '{ viewer { email roles } }' }, { cookie });
  expect(viewer.json.data).toEqual({
    viewer: { email: 'sam@rebound.test', roles: ['SUPPORT', 'FINANCE'] },
  });
});

test.each([
  ['a wrong password', 'sam@rebound.test', 'wrong password'],
  ['an unknown email', 'nobody@rebound.test', TEST_PASSWORD],
])('%s gets the same INVALID_CREDENTIALS and no cookie', async (_case, email, password) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  expect(response.headers.get('set-cookie')).toBeNull();
  const json = (await response.json()) as {
    errors: { message: string; extensions: { code: string } }[];
  };
  expect(json.errors[0]).toMatchObject({
    message: 'Email or password is wrong',
    extensions: { code: 'INVALID_CREDENTIALS' },
  });
});

test('a malformed email is BAD_USER_INPUT naming the field path', async () => {
  const { json } = await server.post({
    query: SIGN_IN,
    variables: { input: { email: 'not-an-email', password: 'x' } },
  });
  expect(json.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [{ path: 'input.email', problems: ['must be an email address'] }],
  });
});

test('anonymous callers are UNAUTHENTICATED, and the viewer is null', async () => {
  expect((await server.anonymous.gql('{ viewer { id } }')).json.data).toEqual({ viewer: null });
  const { json } = await server.anonymous.gql('{ returnStats { total } }');
  expect(json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('signing out ends the session: the same cookie no longer works', async () => {
  const sam = await server.signIn('sam@rebound.test');
  expect(await sam.data('mutation { signOut }')).toEqual({ signOut: true });
  expect((await sam.gql('{ viewer { id } }')).json.data).toEqual({ viewer: null });
});

test('an API token authenticates as its owner until it is revoked', async () => {
  const sam = await server.signIn('sam@rebound.test');
  const created = await sam.data<{ createApiToken: { secret: string; token: { id: string } } }>(
    'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name } } }',
    { input: { name: 'Seller Central sync' } },
  );
  const bearer = { authorization: `Bearer ${created.createApiToken.secret}` };
  expect((await server.post({ query: '{ viewer { email } }' }, bearer)).json.data).toEqual({
    viewer: { email: 'sam@rebound.test' },
  });
  const stored: { token_hash: string }[] = await database.dataSource.query(
    'SELECT token_hash FROM api_tokens',
  );
  expect(JSON.stringify(stored)).not.toContain(created.createApiToken.secret);

  await sam.data(
    'mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedAt } }',
    {
      input: { id: created.createApiToken.token.id },
    },
  );
  expect((await server.post({ query: '{ viewer { email } }' }, bearer)).json.data).toEqual({
    viewer: null,
  });
});

test('sign-ins, refusals and mutations each leave exactly one audit event', async () => {
  const trail = await auditTrail();
  expect(
    trail.filter((event) => event.action === 'signIn' && event.outcome === 'DENIED'),
  ).toHaveLength(2);
  expect(trail.filter((event) => event.action === 'createApiToken')).toEqual([
    { action: 'createApiToken', outcome: 'SUCCEEDED', error_code: null },
  ]);
  expect(trail.filter((event) => event.action === 'signOut')).toHaveLength(1);
});

test('the database refuses to change or delete audit events', async () => {
  await expect(
    database.dataSource.query("UPDATE audit_events SET action = 'tampered'"),
  ).rejects.toThrow(/append-only/);
  await expect(database.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(
    /append-only/,
  );
});
