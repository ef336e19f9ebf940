import {
  createTestDatabase,
  describeWithServer,
  type TestDatabase,
} from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createCatalog, type CatalogFixture } from '../../catalog/__tests__/catalog-fixture';
import { verifyStockLedger } from '../verify-stock-ledger';
import { ADJUST_STOCK, codesOf, stockState, stockUp } from './stock-documents';

describeWithServer('concurrent stock changes on PostgreSQL', () => {
  let database: TestDatabase;
  let server: TestServer;
  let warehouse: TestClient;
  let catalog: CatalogFixture;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    catalog = await createCatalog(database.dataSource, { suppliers: 1, skusPerSupplier: 1 });
    await createTestUser(database.dataSource, 'wes', ['WAREHOUSE']);
    warehouse = await server.signIn('wes@rebound.test');
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  test('20 concurrent adjustStock(−1) on a level of 5: exactly 5 succeed, 15 get STOCK_BELOW_ZERO, the level ends at 0', async () => {
    const sku = catalog.skus[0];
    if (sku === undefined) throw new Error('no SKU');
    await stockUp(warehouse, sku.id, catalog.returnsCentreId, 5);
    const before = await stockState(database.dataSource, sku.id, catalog.returnsCentreId);

    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        warehouse.gql(ADJUST_STOCK, {
          input: {
            skuId: sku.id,
            locationId: catalog.returnsCentreId,
            sellableDelta: -1,
            reason: 'LOST',
          },
        }),
      ),
    );

    const outcomes = responses.map((response) => codesOf(response)[0] ?? 'OK');
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === 'STOCK_BELOW_ZERO')).toHaveLength(15);
    expect(await stockState(database.dataSource, sku.id, catalog.returnsCentreId)).toEqual({
      movements: before.movements + 5,
      sellable: 0,
      quarantine: 0,
    });
    expect(await verifyStockLedger(database.dataSource)).toEqual([]);
  });
});
