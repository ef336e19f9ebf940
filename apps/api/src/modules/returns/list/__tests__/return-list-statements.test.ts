import { countStatements, isCredentialLookup } from '../../../../testing/statement-counter';
import { createTestDatabase, type TestDatabase } from '../../../../testing/test-database';
import type { TestClient, TestServer } from '../../../../testing/test-server';
import { startTestServer } from '../../../../testing/test-server';
import { createTestUser } from '../../../../testing/test-users';
import { insertReturnFixtures } from './return-list.fixtures';

let database: TestDatabase;
let server: TestServer;
let client: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await createTestUser(database.dataSource, 'finance', ['FINANCE']);
  client = await server.signIn('finance@rebound.test');
  await insertReturnFixtures(database.dataSource, new Date());
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

// A returns queue page with every relation (as lean as the API's query cost limit requires).
const FULL_PAGE = `query Queue($after: String) {
  returns(first: 50, after: $after) {
    nodes {
      id rmaNumber status order { externalId } customer { email }
      lines { quantity sku { code } supplier { name } } label { trackingNumber } sla { overdue }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface QueuePage {
  returns: {
    nodes: { lines: unknown[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
  };
}

/**
 * The statements one HTTP request runs on the server's data source, with the request's one
 * credential lookup (the session cookie's query in `authenticate`) counted apart: it must be
 * there exactly once, and every other statement is the list's.
 */
async function statementsOf(
  document: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: QueuePage; list: string[] }> {
  const { result, statements } = await countStatements(database.dataSource, () =>
    client.data<QueuePage>(document, variables),
  );
  expect(statements.filter(isCredentialLookup)).toHaveLength(1);
  return { data: result, list: statements.filter((sql) => !isCredentialLookup(sql)) };
}

async function cursorAfter(rows: number): Promise<string> {
  const data = await client.data<QueuePage>(
    `{ returns(first: ${rows}) { pageInfo { hasNextPage endCursor } } }`,
  );
  const cursor = data.returns.pageInfo.endCursor;
  if (cursor === null) throw new Error('no cursor');
  return cursor;
}

test('a page of 50 with order, customer, lines, SKU, supplier, label and SLA costs at most 3 SQL statements (besides the auth lookup)', async () => {
  const { data, list } = await statementsOf(FULL_PAGE);
  expect(data.returns.nodes).toHaveLength(50);
  expect(data.returns.nodes.some((node) => node.lines.length > 1)).toBe(true);
  expect(list.length).toBeLessThanOrEqual(3);
  // The page with order, customer and label; then every line of the page with SKU and supplier.
  expect(list).toHaveLength(2);
  expect(list.join('\n')).not.toMatch(/\bOFFSET\b/i);
});

test('a page deep in the list (after row 100, by cursor) costs as many statements as the first page', async () => {
  const first = await statementsOf(FULL_PAGE);
  const deep = await statementsOf(FULL_PAGE, { after: await cursorAfter(100) });
  expect(deep.data.returns.nodes).toHaveLength(50);
  expect(deep.data.returns.pageInfo.hasNextPage).toBe(false);
  expect(deep.list).toHaveLength(first.list.length);
  expect(deep.list.join('\n')).not.toMatch(/\bOFFSET\b/i);
});

test('totalCount costs exactly one more statement, and only when asked for', async () => {
  const without = await statementsOf('{ returns(first: 50) { edges { cursor } } }');
  const withCount = await statementsOf('{ returns(first: 50) { totalCount edges { cursor } } }');
  expect(without.list).toHaveLength(1);
  expect(withCount.list).toHaveLength(2);
  expect(withCount.data.returns.totalCount).toBe(150);
});

test('lines are loaded once for the whole page, never per return, and not at all when not asked for', async () => {
  const withoutLines = await statementsOf(
    '{ returns(first: 50) { edges { node { id order { id } customer { id } label { carrier } } } } }',
  );
  expect(withoutLines.list).toHaveLength(1);
  const withLines = await statementsOf(
    '{ returns(first: 50) { edges { node { id lines { id sku { id } } } } } }',
  );
  expect(withLines.list).toHaveLength(2);
  expect(withLines.list.filter((sql) => /FROM return_lines rl/.test(sql))).toHaveLength(1);
});
