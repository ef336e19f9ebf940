import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createCatalog, type CatalogFixture } from '../../catalog/__tests__/catalog-fixture';
import {
  ADJUST_STOCK,
  codesOf,
  fieldPathsOf,
  RELEASE_FROM_QUARANTINE,
  stockUp,
  type StockChangeAnswer,
} from './stock-documents';

const MOVEMENTS = `query Movements($first: Int, $after: String, $filter: StockMovementFilter) {
  stockMovements(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id kind createdAt sku { code } location { code } } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface MovementPage {
  stockMovements: {
    edges: {
      cursor: string;
      node: {
        id: string;
        kind: string;
        createdAt: string;
        sku: { code: string };
        location: { code: string };
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let database: TestDatabase;
let server: TestServer;
let warehouse: TestClient;
let support: TestClient;
let catalog: CatalogFixture;
/** Every movement booked in beforeAll, oldest first. */
const booked: StockChangeAnswer[] = [];

async function allPages(
  filter: Record<string, unknown> | null,
  first: number,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: MovementPage = await support.data<MovementPage>(MOVEMENTS, {
      first,
      after,
      filter,
    });
    pages += 1;
    ids.push(...page.stockMovements.edges.map((edge) => edge.node.id));
    if (!page.stockMovements.pageInfo.hasNextPage) return { ids, pages };
    after = page.stockMovements.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  catalog = await createCatalog(database.dataSource, { suppliers: 2, skusPerSupplier: 2 });
  await createTestUser(database.dataSource, 'wes', ['WAREHOUSE']);
  await createTestUser(database.dataSource, 'sam', ['SUPPORT']);
  warehouse = await server.signIn('wes@rebound.test');
  support = await server.signIn('sam@rebound.test');
  const [a, b] = catalog.skus;
  const warehouseId = catalog.suppliers[0]?.warehouseId ?? '';
  if (a === undefined || b === undefined) throw new Error('fixture too small');
  booked.push(await stockUp(warehouse, a.id, catalog.returnsCentreId, 5, 2));
  booked.push(await stockUp(warehouse, b.id, catalog.returnsCentreId, 3));
  booked.push(await stockUp(warehouse, a.id, warehouseId, 1));
  const { releaseFromQuarantine } = await warehouse.data<{
    releaseFromQuarantine: StockChangeAnswer;
  }>(RELEASE_FROM_QUARANTINE, {
    input: { skuId: a.id, locationId: catalog.returnsCentreId, units: 1 },
  });
  booked.push(releaseFromQuarantine);
  for (let i = 0; i < 3; i += 1)
    booked.push(await stockUp(warehouse, b.id, catalog.returnsCentreId, 1));
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('stockMovements', () => {
  test('lists the ledger newest first, paging by cursor without gaps or duplicates', async () => {
    const { ids, pages } = await allPages(null, 3);
    expect(pages).toBe(3);
    expect(ids).toEqual(booked.map((change) => change.movement.id).reverse());
  });

  test('filters by SKU, location and kind, and pages within the filter', async () => {
    const [a] = catalog.skus;
    const byKind = await allPages({ kind: 'RELEASE_FROM_QUARANTINE' }, 2);
    expect(byKind.ids).toEqual([booked[3]?.movement.id]);
    const bySku = await allPages({ skuId: a?.id }, 2);
    expect(bySku.ids).toEqual(
      [booked[3], booked[2], booked[0]].map((change) => change?.movement.id),
    );
    const atCentre = await allPages({ skuId: a?.id, locationId: catalog.returnsCentreId }, 1);
    expect(atCentre).toEqual({
      ids: [booked[3], booked[0]].map((change) => change?.movement.id),
      pages: 2,
    });
  });

  test('filters by time: from is inclusive, to is exclusive', async () => {
    const from = booked[2]?.movement.createdAt;
    const to = booked[4]?.movement.createdAt;
    const { ids } = await allPages({ from, to }, 10);
    expect(ids).toEqual([booked[3], booked[2]].map((change) => change?.movement.id));
  });

  test('a `to` that is not after `from` is refused on filter.to', async () => {
    const at = booked[2]?.movement.createdAt;
    const response = await support.gql(MOVEMENTS, { filter: { from: at, to: at } });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response)).toEqual(['filter.to']);
  });

  test('a cursor taken under another filter is refused on `after`', async () => {
    const page = await support.data<MovementPage>(MOVEMENTS, { first: 1 });
    const response = await support.gql(MOVEMENTS, {
      first: 1,
      after: page.stockMovements.pageInfo.endCursor,
      filter: { kind: 'ADJUSTMENT' },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response)).toEqual(['after']);
  });

  test('a filter id that is not a UUID is refused with its path', async () => {
    const response = await support.gql(MOVEMENTS, { filter: { skuId: 'sku-1' } });
    expect(fieldPathsOf(response)).toEqual(['filter.skuId']);
  });
});

describe('stockLevels', () => {
  const LEVELS = `query Levels($skuId: ID, $locationId: ID) {
    stockLevels(skuId: $skuId, locationId: $locationId) {
      sellable quarantine sku { code supplier { code } } location { code kind }
    } }`;

  test('lists every level by SKU code then location, the returns centre first', async () => {
    const { stockLevels } = await support.data<{ stockLevels: unknown[] }>(LEVELS);
    expect(stockLevels).toEqual([
      {
        sellable: 6,
        quarantine: 1,
        sku: { code: 'T-SUP1-001', supplier: { code: 'SUP1' } },
        location: { code: 'RC-TEST', kind: 'RETURNS_CENTRE' },
      },
      {
        sellable: 1,
        quarantine: 0,
        sku: { code: 'T-SUP1-001', supplier: { code: 'SUP1' } },
        location: { code: 'SUP1-WH', kind: 'SUPPLIER_WAREHOUSE' },
      },
      {
        sellable: 6,
        quarantine: 0,
        sku: { code: 'T-SUP1-002', supplier: { code: 'SUP1' } },
        location: { code: 'RC-TEST', kind: 'RETURNS_CENTRE' },
      },
    ]);
  });

  test('narrows to one SKU and/or one location', async () => {
    const [a] = catalog.skus;
    const { stockLevels } = await support.data<{
      stockLevels: { sku: { code: string }; location: { code: string } }[];
    }>(LEVELS, {
      skuId: a?.id,
      locationId: catalog.returnsCentreId,
    });
    expect(stockLevels.map((level) => [level.sku.code, level.location.code])).toEqual([
      ['T-SUP1-001', 'RC-TEST'],
    ]);
    const atCentre = await support.data<{ stockLevels: unknown[] }>(LEVELS, {
      locationId: catalog.returnsCentreId,
    });
    expect(atCentre.stockLevels).toHaveLength(2);
  });

  test("an adjustment shows up in the SKU's stock levels", async () => {
    const [, b] = catalog.skus;
    await warehouse.data(ADJUST_STOCK, {
      input: {
        skuId: b?.id,
        locationId: catalog.returnsCentreId,
        sellableDelta: -2,
        reason: 'CYCLE_COUNT',
      },
    });
    const { sku } = await support.data<{ sku: { stockLevels: { sellable: number }[] } }>(
      'query($id: ID!) { sku(id: $id) { stockLevels { sellable } } }',
      { id: b?.id },
    );
    expect(sku.stockLevels).toEqual([{ sellable: 4 }]);
  });
});
