import { countStatements, isCredentialLookup } from '../../../testing/statement-counter';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import type { SupplierEntity } from '../../suppliers/supplier.entity';
import type { SupplierClaimStatus } from '../supplier-claim.entity';
import { createClaim, createSupplier, daysBefore, signInAs } from './claim-fixtures';

interface Page {
  nodes: { id: string; status: SupplierClaimStatus; overdue: boolean; ageDays: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const LIST = `query($first: Int, $after: String, $filter: SupplierClaimFilter, $orderBy: SupplierClaimOrder) {
  supplierClaims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    nodes { id status overdue ageDays }
    pageInfo { hasNextPage endCursor }
  }
}`;

const STATUSES: readonly SupplierClaimStatus[] = ['OPEN', 'SUBMITTED', 'ACCEPTED', 'REJECTED'];

describe('the supplier claims list: keyset pages, sorts and filters', () => {
  let database: TestDatabase;
  let server: TestServer;
  let finance: TestClient;
  let volta: SupplierEntity;
  let kettle: SupplierEntity;
  const now = new Date();

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    finance = (await signInAs(database, server, ['FINANCE'])).client;
    volta = await createSupplier(database.dataSource, 'Volta Audio', 30);
    kettle = await createSupplier(database.dataSource, 'Kettle & Co', 30);
    // 24 claims with repeated opening instants and amounts, so that ties need the id.
    const ages = [10, 45, 75, 120];
    for (let n = 0; n < 24; n += 1) {
      await createClaim(database.dataSource, n % 3 === 0 ? kettle : volta, {
        status: STATUSES[n % 4],
        amountMinor: 1000 * ((n % 5) + 1),
        labelCostMinor: 0,
        openedAt: daysBefore(now, ages[Math.floor(n / 4) % 4] ?? 0),
        creditedMinor: STATUSES[n % 4] === 'ACCEPTED' ? 500 : null,
      });
    }
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  async function everyPage(variables: Record<string, unknown>, first = 5): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const { supplierClaims }: { supplierClaims: Page } = await finance.data(LIST, {
        ...variables,
        first,
        after,
      });
      seen.push(...supplierClaims.nodes.map((node) => node.id));
      if (!supplierClaims.pageInfo.hasNextPage) return seen;
      after = supplierClaims.pageInfo.endCursor;
    }
    throw new Error('paging never ended');
  }

  const idsInOrder = async (orderBy: string, where = 'true', params: unknown[] = []) =>
    (
      await database.dataSource.query<{ id: string }[]>(
        `SELECT c.id FROM supplier_claims c JOIN suppliers s ON s.id = c.supplier_id WHERE ${where} ORDER BY ${orderBy}`,
        params,
      )
    ).map((row) => row.id);

  test.each([
    ['OPENED_AT_ASC', 'c.opened_at, c.id'],
    ['OPENED_AT_DESC', 'c.opened_at DESC, c.id DESC'],
    ['AMOUNT_DESC', 'c.amount_minor DESC, c.id DESC'],
  ])('paging %s by cursor visits each claim exactly once, in order', async (orderBy, sql) => {
    const visited = await everyPage({ orderBy });
    expect(visited).toHaveLength(24);
    expect(new Set(visited).size).toBe(24);
    expect(visited).toEqual(await idsInOrder(sql));
  });

  test('the default order is oldest first: the chase list', async () => {
    expect(await everyPage({}, 100)).toEqual(await idsInOrder('c.opened_at, c.id'));
  });

  test('filters by supplier and by any of several statuses, paging within the filter', async () => {
    const filter = { supplierId: volta.id, status: ['OPEN', 'SUBMITTED'] };
    expect(await everyPage({ filter }, 3)).toEqual(
      await idsInOrder(
        'c.opened_at, c.id',
        `c.supplier_id = $1 AND c.status IN ('OPEN', 'SUBMITTED')`,
        [volta.id],
      ),
    );
  });

  test('overdue: true lists the OPEN and SUBMITTED claims waiting longer than the supplier terms; false lists the rest', async () => {
    const overdue = await everyPage({ filter: { overdue: true } });
    const expected = await idsInOrder(
      'c.opened_at, c.id',
      `c.status IN ('OPEN', 'SUBMITTED') AND c.opened_at < now() - interval '30 days'`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(overdue).toEqual(expected);
    const rest = await everyPage({ filter: { overdue: false } });
    expect(rest).toHaveLength(24 - expected.length);
    expect(rest.some((id) => overdue.includes(id))).toBe(false);
  });

  test('each claim says its age and whether it is overdue by the server clock', async () => {
    const { supplierClaims } = await finance.data<{ supplierClaims: Page }>(LIST, { first: 100 });
    for (const claim of supplierClaims.nodes) {
      expect([10, 45, 75, 120]).toContain(claim.ageDays);
      const outstanding = claim.status === 'OPEN' || claim.status === 'SUBMITTED';
      expect(claim.overdue).toBe(outstanding && claim.ageDays > 30);
    }
  });

  test('openedFrom is inclusive and openedTo exclusive', async () => {
    const filter = {
      openedFrom: daysBefore(now, 75).toISOString(),
      openedTo: daysBefore(now, 10).toISOString(),
    };
    expect(await everyPage({ filter })).toEqual(
      await idsInOrder('c.opened_at, c.id', 'c.opened_at >= $1 AND c.opened_at < $2', [
        filter.openedFrom,
        filter.openedTo,
      ]),
    );
  });

  test('a page of claims with their suppliers and RMA numbers is one SQL statement (no N+1)', async () => {
    const { result, statements } = await countStatements(database.dataSource, () =>
      finance.data<{ supplierClaims: Page }>(
        `{ supplierClaims(first: 100) { nodes { id rmaNumber supplier { name claimTermsDays } } } }`,
      ),
    );
    expect(result.supplierClaims.nodes).toHaveLength(24);
    expect(statements.filter((statement) => !isCredentialLookup(statement))).toHaveLength(1);
  });

  test('a cursor of another sort or filter, a reversed date range and a page size over 100 are BAD_USER_INPUT', async () => {
    const { supplierClaims } = await finance.data<{ supplierClaims: Page }>(LIST, { first: 2 });
    const problemFields = async (variables: Record<string, unknown>) =>
      ((await finance.gql(LIST, variables)).json.errors ?? []).map(
        (error) => error.extensions?.fields,
      );
    expect(
      await problemFields({ after: supplierClaims.pageInfo.endCursor, orderBy: 'AMOUNT_DESC' }),
    ).toEqual([[expect.objectContaining({ path: 'after' })]]);
    expect(
      await problemFields({
        after: supplierClaims.pageInfo.endCursor,
        filter: { supplierId: volta.id },
      }),
    ).toEqual([[expect.objectContaining({ path: 'after' })]]);
    expect(
      await problemFields({
        filter: { openedFrom: now.toISOString(), openedTo: daysBefore(now, 1).toISOString() },
      }),
    ).toEqual([[expect.objectContaining({ path: 'filter.openedTo' })]]);
    expect(await problemFields({ filter: { supplierId: 'volta' } })).toEqual([
      [expect.objectContaining({ path: 'filter.supplierId' })],
    ]);
    expect(await problemFields({ first: 101 })).toEqual([
      [expect.objectContaining({ path: 'first' })],
    ]);
  });
});
