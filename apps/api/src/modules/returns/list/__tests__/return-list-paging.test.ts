import { reasonFault } from '@rebound/domain';
import { encodeCursor } from '../../../../common/pagination';
import { createTestDatabase, type TestDatabase } from '../../../../testing/test-database';
import type { TestClient, TestServer } from '../../../../testing/test-server';
import { startTestServer } from '../../../../testing/test-server';
import { createTestUser } from '../../../../testing/test-users';
import { RETURN_ORDERS, type ReturnOrder } from '../return-order';
import { listAllIds, sorted } from './return-list.expect';
import { insertReturnFixtures, RETURN_COUNT, type Fixtures } from './return-list.fixtures';

let database: TestDatabase;
let server: TestServer;
let client: TestClient;
let fixtures: Fixtures;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await createTestUser(database.dataSource, 'inspector', ['WAREHOUSE']);
  client = await server.signIn('inspector@rebound.test');
  fixtures = await insertReturnFixtures(database.dataSource, new Date());
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

const expectedOrder = (order: ReturnOrder): string[] =>
  sorted(fixtures.returns, order).map((rma) => rma.id);

interface Page {
  returns: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query Page($first: Int, $after: String, $orderBy: ReturnOrder) {
  returns(first: $first, after: $after, orderBy: $orderBy) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

describe('sort orders', () => {
  test.each(RETURN_ORDERS)(
    '%s lists every return in that order, ties broken by id',
    async (orderBy) => {
      expect(await listAllIds(client, { orderBy })).toEqual(expectedOrder(orderBy));
    },
  );

  test('without orderBy the list is newest request first', async () => {
    expect(await listAllIds(client, {})).toEqual(expectedOrder('REQUESTED_AT_DESC'));
  });

  test('UPDATED_AT_DESC keeps returns changed within the same millisecond apart (cursors carry microseconds)', async () => {
    const micros = fixtures.returns.map((rma) => rma.updatedAtMicros);
    const sameMillisecond = micros.filter((value) =>
      micros.some(
        (other) => other !== value && Math.floor(other / 1000) === Math.floor(value / 1000),
      ),
    );
    expect(sameMillisecond.length).toBeGreaterThan(0);
    expect(await listAllIds(client, { orderBy: 'UPDATED_AT_DESC', first: 3 })).toEqual(
      expectedOrder('UPDATED_AT_DESC'),
    );
  });
});

describe('paging by cursor', () => {
  test.each(RETURN_ORDERS)(
    'pages of 7 in %s visit every return exactly once, in order',
    async (orderBy) => {
      const ids = await listAllIds(client, { orderBy, first: 7 });
      expect(ids).toHaveLength(RETURN_COUNT);
      expect(new Set(ids).size).toBe(RETURN_COUNT);
      expect(ids).toEqual(expectedOrder(orderBy));
    },
  );

  test('the last page says no more follow, and its end cursor continues to an empty page', async () => {
    const last = await client.data<Page>(PAGE, { first: 100, after: null });
    const rest = await client.data<Page>(PAGE, {
      first: 100,
      after: last.returns.pageInfo.endCursor,
    });
    expect(rest.returns.edges).toHaveLength(RETURN_COUNT - 100);
    expect(rest.returns.pageInfo.hasNextPage).toBe(false);
    const beyond = await client.data<Page>(PAGE, {
      first: 100,
      after: rest.returns.pageInfo.endCursor,
    });
    expect(beyond.returns.edges).toEqual([]);
    expect(beyond.returns.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  test('a cursor from another sort order is refused with BAD_USER_INPUT on `after`', async () => {
    const page = await client.data<Page>(PAGE, { first: 5, orderBy: 'RMA_NUMBER_ASC' });
    const { json } = await client.gql(PAGE, {
      first: 5,
      orderBy: 'REQUESTED_AT_DESC',
      after: page.returns.pageInfo.endCursor,
    });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
  });

  test.each([
    ['not base64 JSON at all', 'garbage!'],
    [
      'a timestamp key that is not an instant',
      encodeCursor('REQUESTED_AT_DESC', [
        "2025-01-01' OR 1=1",
        '00000000-0000-4000-8000-000000000000',
      ]),
    ],
    [
      'an id that is not a UUID',
      encodeCursor('REQUESTED_AT_DESC', ['2025-01-01T00:00:00.000000Z', 'x']),
    ],
    [
      'too many keys',
      encodeCursor('REQUESTED_AT_DESC', [
        '2025-01-01T00:00:00.000000Z',
        '00000000-0000-4000-8000-000000000000',
        1,
      ]),
    ],
  ])('a forged cursor (%s) is refused with BAD_USER_INPUT on `after`', async (_name, after) => {
    const { json } = await client.gql(PAGE, { first: 5, after });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'after' }],
    });
  });

  test.each([101, 0, -1])('first: %i is refused with BAD_USER_INPUT on `first`', async (first) => {
    const { json } = await client.gql(PAGE, { first });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
    const rows = await database.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM returns',
    );
    expect(rows[0]?.count).toBe(RETURN_COUNT);
  });

  test('first: 100 is allowed and returns 100 returns', async () => {
    const page = await client.data<Page>(PAGE, { first: 100 });
    expect(page.returns.edges).toHaveLength(100);
    expect(page.returns.pageInfo.hasNextPage).toBe(true);
  });
});

interface HeadNode {
  id: string;
  rmaNumber: string;
  status: string;
  order: { channel: string; externalId: string; currency: string };
  customer: { email: string };
  label: { carrier: string; trackingNumber: string } | null;
}

interface LinesNode {
  id: string;
  lines: {
    id: string;
    reasonCode: string;
    reasonFault: string;
    disposition: string | null;
    sku: { id: string };
    supplier: { id: string };
  }[];
}

// Two documents, each within the API's query cost limit.
const HEADS =
  '{ returns(first: 100, orderBy: RMA_NUMBER_ASC) { nodes { id rmaNumber status order { channel externalId currency } customer { email } label { carrier trackingNumber } } } }';
const LINES =
  '{ returns(first: 100, orderBy: RMA_NUMBER_ASC) { nodes { id lines { id reasonCode reasonFault disposition sku { id } supplier { id } } } } }';

test('each listed return carries its order, customer, lines with SKU and supplier, and newest label', async () => {
  const heads = (await client.data<{ returns: { nodes: HeadNode[] } }>(HEADS)).returns.nodes;
  const lines = (await client.data<{ returns: { nodes: LinesNode[] } }>(LINES)).returns.nodes;
  const expected = sorted(fixtures.returns, 'RMA_NUMBER_ASC').slice(0, 100);
  expect(heads).toEqual(
    expected.map((rma) => ({
      id: rma.id,
      rmaNumber: rma.rmaNumber,
      status: rma.status,
      order: { channel: rma.channel, externalId: rma.externalId, currency: 'USD' },
      customer: { email: rma.customerEmail },
      label: rma.label,
    })),
  );
  expect(lines).toEqual(
    expected.map((rma) => ({
      id: rma.id,
      lines: rma.lines.map((line) => ({
        id: line.id,
        reasonCode: line.reasonCode,
        reasonFault: reasonFault(line.reasonCode),
        disposition: line.disposition,
        sku: { id: line.skuId },
        supplier: { id: line.supplierId },
      })),
    })),
  );
  expect(heads.filter((node) => node.label?.carrier === 'FEDEX').length).toBeGreaterThan(0);
  expect(lines.filter((node) => node.lines.length === 0).length).toBeGreaterThan(0);
});
