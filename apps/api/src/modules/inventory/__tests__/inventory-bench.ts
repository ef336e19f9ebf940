import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import {
  createCatalog,
  type CatalogFixture,
  type FixtureSku,
} from '../../catalog/__tests__/catalog-fixture';
import { stockState } from './stock-documents';

/** What an inventory test works with: a catalogue, a server and a signed-in WAREHOUSE user. */
export class InventoryBench {
  database: TestDatabase;
  server: TestServer;
  warehouse: TestClient;
  warehouseUserId: string;
  catalog: CatalogFixture;
  private used = 0;

  /** A SKU no other test of the file has touched. */
  freshSku(): FixtureSku {
    const sku = this.catalog.skus[this.used];
    this.used += 1;
    if (sku === undefined) throw new Error('the fixture ran out of SKUs');
    return sku;
  }

  /** The ledger size and the SKU's level at the returns centre. */
  state(skuId: string): ReturnType<typeof stockState> {
    return stockState(this.database.dataSource, skuId, this.catalog.returnsCentreId);
  }

  /** The audit events of one action, oldest first. */
  audit(
    action: string,
  ): Promise<{ outcome: string; error_code: string | null; before: unknown; after: unknown }[]> {
    return this.database.dataSource.query(
      'SELECT outcome, error_code, before, after FROM audit_events WHERE action = $1 ORDER BY id',
      [action],
    );
  }
}

/** Sets a bench up before the file's tests and tears it down after them. */
export function inventoryBench(shape: {
  suppliers: number;
  skusPerSupplier: number;
}): InventoryBench {
  const bench = new InventoryBench();
  beforeAll(async () => {
    bench.database = await createTestDatabase();
    bench.server = await startTestServer(bench.database);
    bench.catalog = await createCatalog(bench.database.dataSource, shape);
    bench.warehouseUserId = (
      await createTestUser(bench.database.dataSource, 'wes', ['WAREHOUSE'])
    ).id;
    bench.warehouse = await bench.server.signIn('wes@rebound.test');
  });
  afterAll(async () => {
    await bench.server.close();
    await bench.database.drop();
  });
  return bench;
}
