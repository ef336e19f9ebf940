import type { Config } from '../../config/config';
import { createLogger } from '../logger';
import { DEMO_PASSWORD } from '../../seed/demo-data';
import { startRebound, type RunningRebound } from '../start';

/** Boots the whole API on the embedded database, as `pnpm start` does, and talks HTTP to it. */
const config: Config = {
  environment: 'development',
  host: '127.0.0.1',
  port: 0,
  database: { kind: 'embedded', dataDir: 'memory://' },
  seedDemo: true,
  logLevel: 'error',
};

let rebound: RunningRebound;
let cookie = '';

async function graphql(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${rebound.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  rebound = await startRebound(config, createLogger('error'));
  const response = await fetch(`${rebound.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { email roles } } }',
      variables: { input: { email: 'admin@harborpine.test', password: DEMO_PASSWORD } },
    }),
  });
  expect(response.status).toBe(200);
  cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
});

afterAll(async () => {
  await rebound.close();
});

test('GET /health answers 200 with the embedded database up', async () => {
  const response = await fetch(`${rebound.url}/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({
    status: 'ok',
    database: { kind: 'embedded', state: 'up' },
  });
});

test('the demo returns are counted over GraphQL, every status present', async () => {
  const { status, json } = await graphql(
    { query: '{ returnStats { total byStatus { status count } } }' },
    { cookie },
  );
  expect(status).toBe(200);
  expect(json.errors).toBeUndefined();
  const stats = (
    json.data as { returnStats: { total: number; byStatus: { status: string; count: number }[] } }
  ).returnStats;
  expect(stats.byStatus).toHaveLength(9);
  expect(stats.byStatus.every((entry) => entry.count > 0)).toBe(true);
  expect(stats.total).toBe(stats.byStatus.reduce((sum, entry) => sum + entry.count, 0));
});

test('a query deeper than the limit is refused before it runs', async () => {
  const deep = `{ returnStats { ${'byStatus { '.repeat(1)}status } } }`;
  expect((await graphql({ query: deep })).status).toBe(200);
  const { status, json } = await graphql({
    query: `query { a: __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }`,
  });
  expect(status).toBe(400);
  expect(JSON.stringify(json.errors)).toMatch(/depth/i);
});

test('more aliases than allowed are refused', async () => {
  const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: returnStats { total }`).join(
    ' ',
  );
  const { status, json } = await graphql({ query: `{ ${aliases} }` });
  expect(status).toBe(400);
  expect(JSON.stringify(json.errors)).toMatch(/alias/i);
});

test('batched requests are refused', async () => {
  const { status } = await graphql([
    { query: '{ returnStats { total } }' },
    { query: '{ returnStats { total } }' },
  ]);
  expect(status).toBe(400);
});

test('a JSON body over 100 KB is refused with 413', async () => {
  const padding = 'x'.repeat(101 * 1024);
  const response = await fetch(`${rebound.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ returnStats { total } }', variables: { padding } }),
  });
  expect(response.status).toBe(413);
});

test('errors carry a code and never a stack trace', async () => {
  const { json } = await graphql({ query: '{ returnStats { nope } }' });
  const errors = json.errors as { extensions: Record<string, unknown> }[];
  expect(errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(json)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
});

test('in development the landing page is served to browsers', async () => {
  const response = await fetch(`${rebound.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(await response.text()).toMatch(/<html/i);
});

test('a query costlier than the limit is refused', async () => {
  // Repeating a field is legal GraphQL and merges in the answer, but each copy costs work; a
  // fragment spread many times multiplies it without a large request body.
  const fragment = `fragment Many on ReturnStats { ${'total '.repeat(1000)}}`;
  const { status, json } = await graphql({
    query: `{ returnStats { ${'...Many '.repeat(30)}} } ${fragment}`,
  });
  expect(status).toBe(400);
  expect(JSON.stringify(json.errors)).toMatch(/cost/i);
});

test('in development introspection is available', async () => {
  const { json } = await graphql({ query: '{ __schema { queryType { name } } }' });
  expect(json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
});
