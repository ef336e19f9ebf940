import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createCatalog, ORDER_FIELDS, orderInput, UPSERT_ORDER } from './order-fixtures';

interface Page {
  edges: { cursor: string; node: { externalId: string } }[];
  nodes: { externalId: string; customer: { email: string }; lines: { skuCode: string }[] }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ORDERS = `query($first: Int, $after: String, $filter: OrdersFilter, $orderBy: OrderSort) {
  orders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { externalId } }
    nodes { externalId customer { email } lines { skuCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Orders by number: [channel, customer, orderedAt]; 104 and 105 share an instant. */
const PLACED: [string, string, string, string][] = [
  ['114-0000001-0000101', 'AMAZON_US', 'zoe@example.com', '2025-01-01T08:00:00.000Z'],
  ['114-0000001-0000102', 'AMAZON_US', 'max@example.com', '2025-01-02T08:00:00.000Z'],
  ['#5001', 'SHOPIFY', 'zoe@example.com', '2025-01-03T08:00:00.000Z'],
  ['114-0000001-0000104', 'AMAZON_US', 'max@example.com', '2025-01-04T08:00:00.000Z'],
  ['114-0000001-0000105', 'AMAZON_US', 'ida@example.com', '2025-01-04T08:00:00.000Z'],
  ['#5002', 'SHOPIFY', 'ida@example.com', '2025-01-06T08:00:00.000Z'],
  ['114-0000001-0000107', 'AMAZON_US', 'zoe@example.com', '2025-01-07T08:00:00.000Z'],
];

let database: TestDatabase;
let server: TestServer;
let reader: TestClient;
/** External ids newest first, ties by id descending, as the database orders them. */
let newestFirst: string[];

async function allPages(
  variables: Record<string, unknown>,
  first = 3,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { orders }: { orders: Page } = await reader.data<{ orders: Page }>(ORDERS, {
      ...variables,
      first,
      after,
    });
    pages += 1;
    ids.push(...orders.edges.map((edge) => edge.node.externalId));
    if (!orders.pageInfo.hasNextPage) return { ids, pages };
    after = orders.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await createCatalog(database.dataSource);
  await createTestUser(database.dataSource, 'sue', ['SUPPORT']);
  await createTestUser(database.dataSource, 'walt', ['WAREHOUSE']);
  const support = await server.signIn('sue@rebound.test');
  reader = await server.signIn('walt@rebound.test');
  for (const [externalId, channel, email, orderedAt] of PLACED) {
    await support.data(UPSERT_ORDER, {
      input: orderInput({
        externalId,
        channel,
        orderedAt,
        deliveredAt: null,
        customer: { email, name: email.split('@')[0] },
      }),
    });
  }
  const rows = await database.dataSource.query<{ external_id: string }[]>(
    'SELECT external_id FROM orders ORDER BY ordered_at DESC, id DESC',
  );
  newestFirst = rows.map((row) => row.external_id);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('orders is a keyset-paged connection', () => {
  test('paging newest first with cursors visits every order once, ties broken by id', async () => {
    const { ids, pages } = await allPages({});
    expect(ids).toEqual(newestFirst);
    expect(pages).toBe(3);
  });

  test('ORDERED_AT_ASC pages the same orders oldest first', async () => {
    const { ids } = await allPages({ orderBy: 'ORDERED_AT_ASC' }, 2);
    expect(ids).toEqual([...newestFirst].reverse());
  });

  test('each order comes with its customer and its lines', async () => {
    const { orders } = await reader.data<{ orders: Page }>(ORDERS, { first: 1 });
    expect(orders.nodes[0]).toEqual({
      externalId: '114-0000001-0000107',
      customer: { email: 'zoe@example.com' },
      lines: [{ skuCode: 'HP-T-001' }, { skuCode: 'HP-T-002' }],
    });
  });

  test('a cursor of another sort order is BAD_USER_INPUT on `after`', async () => {
    const { orders } = await reader.data<{ orders: Page }>(ORDERS, { first: 2 });
    const { json } = await reader.gql(ORDERS, {
      first: 2,
      after: orders.pageInfo.endCursor,
      orderBy: 'ORDERED_AT_ASC',
    });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
  });

  test('a forged cursor is BAD_USER_INPUT, not a database error', async () => {
    const forged = Buffer.from(
      JSON.stringify({ s: 'ORDERED_AT_DESC', k: ['yesterday', 'x'] }),
    ).toString('base64url');
    const { json } = await reader.gql(ORDERS, { after: forged });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
  });

  test.each([0, 101])('first: %i is BAD_USER_INPUT (pages hold 1 to 100)', async (first) => {
    const { json } = await reader.gql(ORDERS, { first });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
  });
});

describe('orders filters narrow the list, and paging keeps them', () => {
  test.each([
    ['channel', { channel: 'SHOPIFY' }, ['#5002', '#5001']],
    [
      'customer email, case-insensitively',
      { customerEmail: 'ZOE@example.com' },
      ['114-0000001-0000107', '#5001', '114-0000001-0000101'],
    ],
    [
      'orderedFrom (inclusive) and orderedTo (exclusive)',
      { orderedFrom: '2025-01-02T08:00:00.000Z', orderedTo: '2025-01-04T08:00:00.000Z' },
      ['#5001', '114-0000001-0000102'],
    ],
    ['search in the order number', { search: '0000102' }, ['114-0000001-0000102']],
    ['search in the customer name', { search: 'IDA' }, ['#5002', '114-0000001-0000105']],
    ['search taking % literally', { search: '%' }, []],
    [
      'several filters at once',
      { channel: 'AMAZON_US', customerEmail: 'max@example.com' },
      ['114-0000001-0000104', '114-0000001-0000102'],
    ],
  ])('by %s', async (_filter, filter, expected) => {
    const { ids } = await allPages({ filter }, 1);
    expect(ids).toEqual(expected);
  });

  test('a search longer than 100 characters is BAD_USER_INPUT on filter.search', async () => {
    const { json } = await reader.gql(ORDERS, { filter: { search: 'x'.repeat(101) } });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'filter.search' }],
    });
  });
});

describe('one order by id or by channel and order number', () => {
  const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
  const BY_EXTERNAL_ID = `query($channel: String!, $externalId: String!) {
    orderByExternalId(channel: $channel, externalId: $externalId) { id externalId lines { lineNo } }
  }`;

  test('orderByExternalId finds the order (number trimmed) and order(id) answers the same one', async () => {
    const { orderByExternalId } = await reader.data<{
      orderByExternalId: { id: string; externalId: string };
    }>(BY_EXTERNAL_ID, { channel: 'SHOPIFY', externalId: ' #5001 ' });
    expect(orderByExternalId).toMatchObject({
      externalId: '#5001',
      lines: [{ lineNo: 1 }, { lineNo: 2 }],
    });
    const { order } = await reader.data<{ order: { externalId: string; deliveredAt: null } }>(
      ORDER,
      {
        id: orderByExternalId.id,
      },
    );
    expect(order).toMatchObject({ externalId: '#5001', deliveredAt: null });
  });

  test('an undelivered order has nothing returnable yet', async () => {
    const { orderByExternalId } = await reader.data<{ orderByExternalId: { id: string } }>(
      BY_EXTERNAL_ID,
      {
        channel: 'SHOPIFY',
        externalId: '#5001',
      },
    );
    const { order } = await reader.data<{ order: { lines: { returnableQuantity: number }[] } }>(
      ORDER,
      {
        id: orderByExternalId.id,
      },
    );
    expect(order.lines.map((line) => line.returnableQuantity)).toEqual([0, 0]);
  });

  test('unknown orders are null', async () => {
    expect(await reader.data(ORDER, { id: '00000000-0000-4000-8000-000000000000' })).toEqual({
      order: null,
    });
    expect(
      await reader.data(BY_EXTERNAL_ID, {
        channel: 'AMAZON_US',
        externalId: '999-9999999-9999999',
      }),
    ).toEqual({
      orderByExternalId: null,
    });
  });

  test('an id that is not an ID is BAD_USER_INPUT', async () => {
    const { json } = await reader.gql(ORDER, { id: 'order-1' });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'id' }],
    });
  });
});
