import { createTestDatabase, type TestDatabase } from '../../../../testing/test-database';
import type { TestClient, TestServer } from '../../../../testing/test-server';
import { startTestServer } from '../../../../testing/test-server';
import { createTestUser } from '../../../../testing/test-users';
import {
  isOverdueAt,
  listAllIds,
  matches,
  sorted,
  type FilterVariables,
} from './return-list.expect';
import { insertReturnFixtures, RETURN_COUNT, type Fixtures } from './return-list.fixtures';

const HOUR = 3_600_000;
let database: TestDatabase;
let server: TestServer;
let client: TestClient;
let fixtures: Fixtures;
const anchor = new Date(Math.floor(Date.now() / 1000) * 1000);
const at = (hoursAgo: number): string => new Date(anchor.getTime() - hoursAgo * HOUR).toISOString();

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await createTestUser(database.dataSource, 'agent', ['SUPPORT']);
  client = await server.signIn('agent@rebound.test');
  fixtures = await insertReturnFixtures(database.dataSource, anchor);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

/** The ids the oracle expects for a filter, in the default order (newest request first). */
function expectedIds(filter: FilterVariables): string[] {
  const now = new Date();
  return sorted(
    fixtures.returns.filter((rma) => matches(rma, filter, now)),
    'REQUESTED_AT_DESC',
  ).map((rma) => rma.id);
}

async function totalCount(filter: FilterVariables): Promise<number> {
  const data = await client.data<{ returns: { totalCount: number } }>(
    'query Count($filter: ReturnFilter) { returns(first: 1, filter: $filter) { totalCount } }',
    { filter },
  );
  return data.returns.totalCount;
}

const supplier = (k: number): string => fixtures.supplierIds[k] ?? '';
const sku = (k: number): string => fixtures.skuIds[k] ?? '';

// Filters built lazily: ids exist only once the fixtures are inserted.
const cases: [string, () => FilterVariables][] = [
  ['status: one value', () => ({ status: ['REQUESTED'] })],
  ['status: any of several', () => ({ status: ['RECEIVED', 'INSPECTED', 'CANCELLED'] })],
  [
    'reasonCode: any line with any of the reasons',
    () => ({ reasonCode: ['DEFECTIVE', 'NO_LONGER_NEEDED', 'WRONG_ITEM'] }),
  ],
  ["fault: any line whose reason's fault is listed", () => ({ fault: ['CARRIER'] })],
  ['fault: several faults', () => ({ fault: ['SELLER', 'CARRIER'] })],
  ['supplierId: any line of a SKU of the supplier', () => ({ supplierId: [supplier(1)] })],
  ['supplierId: any of several suppliers', () => ({ supplierId: [supplier(0), supplier(2)] })],
  ['skuId: any line of the SKU', () => ({ skuId: [sku(4)] })],
  ['skuId: any of several SKUs', () => ({ skuId: [sku(1), sku(5), sku(8)] })],
  ['channel: orders of the channel', () => ({ channel: ['EBAY'] })],
  ['channel: any of several channels', () => ({ channel: ['AMAZON_US', 'AMAZON_DE'] })],
  ['requestedFrom is inclusive', () => ({ requestedFrom: at(51) })],
  ['requestedTo is exclusive', () => ({ requestedTo: at(21) })],
  [
    'requestedFrom and requestedTo together',
    () => ({ requestedFrom: at(51), requestedTo: at(21) }),
  ],
  ['receivedFrom leaves out returns not received', () => ({ receivedFrom: at(100) })],
  ['receivedTo leaves out returns not received', () => ({ receivedTo: at(200) })],
  ['slaOverdue: true', () => ({ slaOverdue: true })],
  ['slaOverdue: false', () => ({ slaOverdue: false })],
  [
    'status + channel + fault',
    () => ({
      status: ['REQUESTED', 'AUTHORIZED', 'RECEIVED'],
      channel: ['AMAZON_US'],
      fault: ['SUPPLIER'],
    }),
  ],
  [
    'supplierId + reasonCode + requestedFrom',
    () => ({
      supplierId: [supplier(0)],
      reasonCode: ['DEFECTIVE', 'DEAD_BATTERY', 'ACCIDENTAL_ORDER', 'BETTER_PRICE'],
      requestedFrom: at(400),
    }),
  ],
  [
    'skuId + fault + receivedFrom + receivedTo',
    () => ({
      skuId: [sku(0), sku(3)],
      fault: ['CUSTOMER', 'SUPPLIER'],
      receivedFrom: at(600),
      receivedTo: at(30),
    }),
  ],
  [
    'slaOverdue + status: the overdue first-response queue',
    () => ({ slaOverdue: true, status: ['REQUESTED'] }),
  ],
  ['search + channel', () => ({ search: '205-1000003', channel: ['AMAZON_DE', 'EBAY'] })],
];

describe('each filter, alone and combined, lists exactly the returns a plain filter over the fixtures selects', () => {
  test.each(cases)('%s', async (_name, filterOf) => {
    const filter = filterOf();
    const expected = expectedIds(filter);
    expect(expected.length).toBeGreaterThan(0);
    expect(await listAllIds(client, { filter })).toEqual(expected);
    expect(await totalCount(filter)).toBe(expected.length);
  });

  test('the fixtures leave every filter case something to filter out', () => {
    for (const [, filterOf] of cases)
      expect(expectedIds(filterOf()).length).toBeLessThan(RETURN_COUNT);
  });

  test('an empty list or a blank search does not filter', async () => {
    const filter = { status: [], channel: [], supplierId: [], search: '   ' };
    expect(await listAllIds(client, { filter })).toEqual(expectedIds({}));
    expect(await totalCount(filter)).toBe(RETURN_COUNT);
  });

  test('filters that nothing matches give an empty page and a total of 0', async () => {
    const filter: FilterVariables = { status: ['REJECTED'], slaOverdue: true };
    expect(expectedIds(filter)).toEqual([]);
    const data = await client.data<{
      returns: {
        edges: unknown[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    }>(
      'query Empty($filter: ReturnFilter) { returns(filter: $filter) { edges { cursor } pageInfo { hasNextPage endCursor } totalCount } }',
      { filter },
    );
    expect(data.returns).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    });
  });
});

describe('search: exact RMA number, exact or prefix order id, exact customer email; trimmed, case-insensitive', () => {
  const one = (index: number) => fixtures.returns[index] ?? fixtures.returns[0];
  const searches: [string, () => string, number | 'many'][] = [
    [
      'an RMA number, in another case and with spaces',
      () => `  ${one(42)?.rmaNumber.toLowerCase() ?? ''} `,
      1,
    ],
    ['a whole order id', () => one(17)?.externalId ?? '', 1],
    ['the beginning of order ids', () => '205-1000003', 'many'],
    ['a customer email in another case', () => 'MIXED.CASE7@shop.test', 'many'],
  ];

  test.each(searches)('finds by %s', async (_name, textOf, count) => {
    const search = textOf();
    const expected = expectedIds({ search });
    if (count === 'many') expect(expected.length).toBeGreaterThan(1);
    else expect(expected).toHaveLength(count);
    expect(await listAllIds(client, { filter: { search } })).toEqual(expected);
  });

  test.each([
    ['part of an email (emails match exactly)', 'customer1@shop'],
    ['part of an RMA number that is not its beginning', '100042'],
    ['LIKE wildcards, taken literally', '114-100000_'],
    ['a lone percent sign', '%'],
  ])('finds nothing for %s', async (_name, search) => {
    expect(expectedIds({ search })).toEqual([]);
    expect(await listAllIds(client, { filter: { search } })).toEqual([]);
  });
});

test('SLA flags of every return follow the domain rule at the time of the request', async () => {
  const data = await client.data<{
    returns: {
      nodes: {
        id: string;
        sla: {
          overdue: boolean;
          firstResponseOverdue: boolean;
          refundOverdue: boolean;
          firstResponseDueAt: string;
          refundDueAt: string | null;
        };
      }[];
    };
  }>(
    '{ returns(first: 100) { nodes { id sla { overdue firstResponseOverdue refundOverdue firstResponseDueAt refundDueAt } } } }',
  );
  const now = new Date();
  const byId = new Map(fixtures.returns.map((rma) => [rma.id, rma]));
  let overdue = 0;
  for (const node of data.returns.nodes) {
    const rma = byId.get(node.id);
    if (rma === undefined) throw new Error(`unknown return ${node.id}`);
    expect(node.sla.overdue).toBe(isOverdueAt(rma, now));
    expect(node.sla.overdue).toBe(node.sla.firstResponseOverdue || node.sla.refundOverdue);
    expect(node.sla.firstResponseDueAt).toBe(rma.firstResponseDueAt.toISOString());
    expect(node.sla.refundDueAt).toBe(rma.refundDueAt?.toISOString() ?? null);
    if (node.sla.overdue) overdue += 1;
  }
  expect(overdue).toBeGreaterThan(0);
  expect(overdue).toBeLessThan(data.returns.nodes.length);
});

describe('a bad filter is refused with BAD_USER_INPUT naming the field, and changes nothing', () => {
  test.each([
    [
      'a supplier id that is not a UUID',
      { supplierId: ['00000000-0000-4000-8000-000000000001', 'nope'] },
      'filter.supplierId[1]',
    ],
    ['a SKU id that is not a UUID', { skuId: ["1' OR '1'='1"] }, 'filter.skuId[0]'],
    [
      'requestedFrom after requestedTo',
      { requestedFrom: at(1), requestedTo: at(2) },
      'filter.requestedTo',
    ],
    [
      'receivedFrom after receivedTo',
      { receivedFrom: at(1), receivedTo: at(2) },
      'filter.receivedTo',
    ],
    ['a search longer than 200 characters', { search: 'x'.repeat(201) }, 'filter.search'],
  ])('%s', async (_name, filter, path) => {
    const { json } = await client.gql(
      'query Bad($filter: ReturnFilter) { returns(filter: $filter) { totalCount } }',
      { filter },
    );
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(json.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ path })]);
    const rows = await database.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM returns',
    );
    expect(rows[0]?.count).toBe(RETURN_COUNT);
  });
});
