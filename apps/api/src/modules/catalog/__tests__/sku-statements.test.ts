import { seedOpeningStock } from '../../../seed/demo-stock';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { countStatements, isCredentialLookup } from '../../../testing/statement-counter';
import { createTestUser } from '../../../testing/test-users';
import { stockUp } from '../../inventory/__tests__/stock-documents';
import { createCatalog, type CatalogFixture } from './catalog-fixture';

let database: TestDatabase;
let server: TestServer;
let warehouse: TestClient;
let catalog: CatalogFixture;

/** The statements one request sends, split into the credential lookup and the resolvers' own. */
async function statementsOf(
  query: string,
): Promise<{ data: unknown; auth: string[]; resolvers: string[] }> {
  const { result, statements } = await countStatements(database.dataSource, () =>
    warehouse.data(query),
  );
  return {
    data: result,
    auth: statements.filter(isCredentialLookup),
    resolvers: statements.filter((statement) => !isCredentialLookup(statement)),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  catalog = await createCatalog(database.dataSource, { suppliers: 5, skusPerSupplier: 20 });
  await createTestUser(database.dataSource, 'wes', ['WAREHOUSE']);
  warehouse = await server.signIn('wes@rebound.test');
  // Every SKU has opening stock at the returns centre; every tenth one at its supplier's too.
  await seedOpeningStock(database.dataSource.manager, catalog.skus, catalog.returnsCentreId);
  for (const [index, sku] of catalog.skus.entries()) {
    const supplier = catalog.suppliers.find((candidate) => candidate.id === sku.supplierId);
    if (index % 10 === 0 && supplier !== undefined)
      await stockUp(warehouse, sku.id, supplier.warehouseId, 1);
  }
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

test('skus(first: 100) with supplier and stock levels runs 3 statements (page, suppliers, levels) besides the credential lookup', async () => {
  const { data, auth, resolvers } = await statementsOf(`{
    skus(first: 100) { nodes {
      code supplier { code name }
      stockLevels { sellable quarantine location { code kind } }
    } } }`);
  const nodes = (data as { skus: { nodes: { supplier: unknown; stockLevels: unknown[] }[] } }).skus
    .nodes;
  expect(nodes).toHaveLength(100);
  expect(nodes.every((node) => node.supplier !== null && node.stockLevels.length > 0)).toBe(true);
  // One statement authenticates the request; it is not the resolvers' doing.
  expect(auth).toHaveLength(1);
  expect(resolvers).toHaveLength(3);
  expect(resolvers[0]).toMatch(/FROM skus k/);
});

test("asking for suppliers' return addresses too adds exactly one statement", async () => {
  const { resolvers } = await statementsOf(`{
    skus(first: 100) { nodes { supplier { returnAddress { code } } stockLevels { sellable } } } }`);
  expect(resolvers).toHaveLength(4);
});

test('a page of stock movements with their SKUs, suppliers and locations runs one statement per relation', async () => {
  const { resolvers } = await statementsOf(`{
    stockMovements(first: 100) { nodes { units sku { code supplier { code } } location { code } } } }`);
  expect(resolvers).toHaveLength(4);
});
