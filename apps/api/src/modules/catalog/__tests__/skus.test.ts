import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { codesOf, fieldPathsOf } from '../../inventory/__tests__/stock-documents';
import { createCatalog, type CatalogFixture, type FixtureSku } from './catalog-fixture';

const SKUS = `query Skus($first: Int, $after: String, $filter: SkuFilter, $orderBy: SkuOrder) {
  skus(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { id code name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

interface SkuPage {
  skus: {
    edges: { cursor: string; node: { id: string; code: string; name: string } }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
}

let database: TestDatabase;
let server: TestServer;
let finance: TestClient;
let catalog: CatalogFixture;

/** Walks every page of a SKU list; returns the codes in order and the page count. */
async function walk(
  variables: Record<string, unknown>,
  first: number,
): Promise<{ codes: string[]; pages: number }> {
  const codes: string[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages += 1) {
    const page: SkuPage = await finance.data<SkuPage>(SKUS, { ...variables, first, after });
    codes.push(...page.skus.edges.map((edge) => edge.node.code));
    if (!page.skus.pageInfo.hasNextPage) return { codes, pages };
    after = page.skus.pageInfo.endCursor;
  }
}

const byCode = (a: FixtureSku, b: FixtureSku): number => (a.code < b.code ? -1 : 1);

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  catalog = await createCatalog(database.dataSource, { suppliers: 3, skusPerSupplier: 10 });
  await createTestUser(database.dataSource, 'fiona', ['FINANCE']);
  finance = await server.signIn('fiona@rebound.test');
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('skus paging', () => {
  test('CODE_ASC (the default) pages through all 30 SKUs in 3 pages without gaps or duplicates', async () => {
    const { codes, pages } = await walk({}, 10);
    expect(pages).toBe(3);
    expect(codes).toEqual([...catalog.skus].sort(byCode).map((sku) => sku.code));
  });

  test('CODE_DESC pages in reverse code order', async () => {
    const { codes, pages } = await walk({ orderBy: 'CODE_DESC' }, 10);
    expect(pages).toBe(3);
    expect(codes).toEqual(
      [...catalog.skus]
        .sort(byCode)
        .reverse()
        .map((sku) => sku.code),
    );
  });

  test('NAME_ASC pages by name, ties broken by id, across page boundaries', async () => {
    const { codes, pages } = await walk({ orderBy: 'NAME_ASC' }, 10);
    expect(pages).toBe(3);
    const rows: { code: string }[] = await database.dataSource.query(
      'SELECT code FROM skus ORDER BY name, id',
    );
    expect(codes).toEqual(rows.map((row) => row.code));
    expect(new Set(codes).size).toBe(30);
  });

  test('the last page says no more follow, and page info carries both cursors', async () => {
    const page = await finance.data<SkuPage>(SKUS, { first: 30 });
    expect(page.skus.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(page.skus.pageInfo.startCursor).toBe(page.skus.edges[0]?.cursor);
    expect(page.skus.pageInfo.endCursor).toBe(page.skus.edges[29]?.cursor);
  });

  test.each([0, 101])('first = %i is refused as BAD_USER_INPUT on first', async (first) => {
    const response = await finance.gql(SKUS, { first });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response)).toEqual(['first']);
  });
});

describe('skus filters', () => {
  test("supplierId keeps only that supplier's SKUs", async () => {
    const supplier = catalog.suppliers[1];
    const { codes } = await walk({ filter: { supplierId: supplier?.id } }, 4);
    expect(codes).toEqual(
      catalog.skus
        .filter((sku) => sku.supplierId === supplier?.id)
        .sort(byCode)
        .map((sku) => sku.code),
    );
  });

  test('category matches the whole name, whatever the case', async () => {
    const { codes } = await walk({ filter: { category: 'home & KITCHEN' } }, 50);
    expect(codes).toEqual(
      catalog.skus.filter((sku) => sku.category === 'Home & Kitchen').map((sku) => sku.code),
    );
    expect((await walk({ filter: { category: 'Home' } }, 50)).codes).toEqual([]);
  });

  test.each([
    ['a code fragment', 't-sup3-00', (): number => 9],
    [
      'a name fragment',
      'KETTLE',
      (): number => catalog.skus.filter((sku) => sku.name.startsWith('Kettle')).length,
    ],
    ['an ASIN', 'b0test0007', (): number => 1],
  ])('search finds SKUs by %s, case-insensitively', async (_what, search, expected) => {
    const { codes } = await walk({ filter: { search } }, 50);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toHaveLength(expected());
  });

  test('search treats % and _ literally', async () => {
    expect((await walk({ filter: { search: '%' } }, 50)).codes).toEqual([]);
    expect((await walk({ filter: { search: 'T_SUP' } }, 50)).codes).toEqual([]);
  });

  test('filters combine, and page within the combination', async () => {
    const supplier = catalog.suppliers[0];
    const { codes, pages } = await walk(
      { filter: { supplierId: supplier?.id, search: 'T-SUP1-00' } },
      4,
    );
    expect(codes).toHaveLength(9);
    expect(pages).toBe(3);
  });

  test('a filter that is not valid is refused with the field path', async () => {
    const response = await finance.gql(SKUS, {
      filter: { supplierId: 'volta', search: 'x'.repeat(101) },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response).sort()).toEqual(['filter.search', 'filter.supplierId']);
  });
});

describe('skus cursors', () => {
  async function endCursor(variables: Record<string, unknown>): Promise<string | null> {
    const page = await finance.data<SkuPage>(SKUS, { ...variables, first: 5 });
    return page.skus.pageInfo.endCursor;
  }

  test.each([
    ['another order', {}, { orderBy: 'NAME_ASC' }],
    ['another filter', { filter: { search: 'SUP1' } }, { filter: { search: 'SUP2' } }],
    ['no filter', { filter: { category: 'Toys & Games' } }, {}],
  ])('a cursor taken under %s is refused on `after`', async (_case, takenWith, usedWith) => {
    const after = await endCursor(takenWith);
    const response = await finance.gql(SKUS, { ...usedWith, first: 5, after });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response)).toEqual(['after']);
  });

  test('a cursor that is not one of ours, or was tampered with, is refused on `after`', async () => {
    const real = (await endCursor({ orderBy: 'NAME_ASC' })) ?? '';
    const decoded = JSON.parse(Buffer.from(real, 'base64url').toString('utf8')) as {
      s: string;
      k: string[];
    };
    const tampered = Buffer.from(
      JSON.stringify({ s: decoded.s, k: [decoded.k[0], 'not-an-id'] }),
    ).toString('base64url');
    for (const after of ['garbage', tampered]) {
      const response = await finance.gql(SKUS, { first: 5, after, orderBy: 'NAME_ASC' });
      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      expect(fieldPathsOf(response)).toEqual(['after']);
    }
  });
});

describe('sku', () => {
  const SKU = `query Sku($id: ID!) { sku(id: $id) {
    id code asin name category createdAt unitCost { amount currency } price { amount currency }
    supplier { code returnAddress { code kind } } stockLevels { sellable }
  } }`;

  test('returns the SKU with its supplier, money in minor units and no stock yet', async () => {
    const sku = catalog.skus[12];
    const { sku: found } = await finance.data<{ sku: Record<string, unknown> }>(SKU, {
      id: sku?.id,
    });
    expect(found).toMatchObject({
      id: sku?.id,
      code: 'T-SUP2-003',
      asin: 'B0TEST0012',
      category: 'Home & Kitchen',
      unitCost: { amount: 1012, currency: 'USD' },
      price: { amount: 3011, currency: 'USD' },
      supplier: { code: 'SUP2', returnAddress: { code: 'SUP2-WH', kind: 'SUPPLIER_WAREHOUSE' } },
      stockLevels: [],
    });
  });

  test('an id that matches no SKU gives null', async () => {
    expect(await finance.data(SKU, { id: randomUUID() })).toEqual({ sku: null });
  });

  test('an id that is not a UUID is refused on id', async () => {
    const response = await finance.gql(SKU, { id: 'HP-VOLTA-001' });
    expect(fieldPathsOf(response)).toEqual(['id']);
  });
});
