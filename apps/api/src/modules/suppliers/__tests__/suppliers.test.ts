import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { createCatalog, type CatalogFixture } from '../../catalog/__tests__/catalog-fixture';
import { codesOf, fieldPathsOf } from '../../inventory/__tests__/stock-documents';

const SUPPLIERS = `query Suppliers($first: Int, $after: String, $search: String) {
  suppliers(first: $first, after: $after, search: $search) {
    nodes {
      id code name contactEmail returnWindowDays claimTermsDays createdAt
      returnAddress { code name kind supplierId addressLine1 addressLine2 city region postalCode countryCode }
    }
    pageInfo { hasNextPage endCursor }
  } }`;

interface SupplierPage {
  suppliers: {
    nodes: { id: string; code: string; name: string; returnAddress: { code: string } | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

let database: TestDatabase;
let server: TestServer;
let support: TestClient;
let catalog: CatalogFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  catalog = await createCatalog(database.dataSource, { suppliers: 5, skusPerSupplier: 1 });
  await createTestUser(database.dataSource, 'sam', ['SUPPORT']);
  support = await server.signIn('sam@rebound.test');
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('suppliers', () => {
  test('lists suppliers by name with contact, return window, claim terms and return address', async () => {
    const { suppliers } = await support.data<SupplierPage>(SUPPLIERS, { first: 1, search: 'SUP1' });
    expect(suppliers.nodes).toEqual([
      {
        id: catalog.suppliers[0]?.id,
        code: 'SUP1',
        name: 'Z Supplier 1',
        contactEmail: 'rma@sup1.test',
        returnWindowDays: 45,
        claimTermsDays: 30,
        createdAt: expect.any(String) as unknown,
        returnAddress: {
          code: 'SUP1-WH',
          name: 'Z Supplier 1 warehouse',
          kind: 'SUPPLIER_WAREHOUSE',
          supplierId: catalog.suppliers[0]?.id,
          addressLine1: '1 Depot St',
          addressLine2: null,
          city: 'Columbus',
          region: 'OH',
          postalCode: '43219',
          countryCode: 'US',
        },
      },
    ]);
  });

  test('pages by name across 3 pages without gaps or duplicates', async () => {
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: SupplierPage = await support.data<SupplierPage>(SUPPLIERS, { first: 2, after });
      names.push(...page.suppliers.nodes.map((node) => node.name));
      after = page.suppliers.pageInfo.hasNextPage ? page.suppliers.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(pages).toBe(3);
    expect(names).toEqual([
      'V Supplier 5',
      'W Supplier 4',
      'X Supplier 3',
      'Y Supplier 2',
      'Z Supplier 1',
    ]);
  });

  test('search matches name or code, case-insensitively; a null return window means the policy default', async () => {
    const { suppliers } = await support.data<{
      suppliers: { nodes: { code: string; returnWindowDays: number | null }[] };
    }>(SUPPLIERS, { search: 'y supp' });
    expect(suppliers.nodes).toEqual([
      expect.objectContaining({ code: 'SUP2', returnWindowDays: null }),
    ]);
  });

  test('a supplier without a warehouse on file has a null return address', async () => {
    await database.dataSource.query(
      `INSERT INTO suppliers (id, code, name, contact_email) VALUES ($1, 'NOWH', 'A Supplier without warehouse', 'x@nowh.test')`,
      [randomUUID()],
    );
    const { suppliers } = await support.data<SupplierPage>(SUPPLIERS, { search: 'NOWH' });
    expect(suppliers.nodes.map((node) => node.returnAddress)).toEqual([null]);
    await database.dataSource.query("DELETE FROM suppliers WHERE code = 'NOWH'");
  });

  test('a cursor taken with another search is refused on `after`', async () => {
    const { suppliers } = await support.data<SupplierPage>(SUPPLIERS, { first: 1 });
    const response = await support.gql(SUPPLIERS, {
      first: 1,
      after: suppliers.pageInfo.endCursor,
      search: 'Supplier',
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPathsOf(response)).toEqual(['after']);
  });
});

describe('supplier and locations', () => {
  const SUPPLIER = 'query($id: ID!) { supplier(id: $id) { code returnAddress { code } } }';

  test('supplier(id) returns the supplier with its return address, or null for an unknown id', async () => {
    expect(await support.data(SUPPLIER, { id: catalog.suppliers[2]?.id })).toEqual({
      supplier: { code: 'SUP3', returnAddress: { code: 'SUP3-WH' } },
    });
    expect(await support.data(SUPPLIER, { id: randomUUID() })).toEqual({ supplier: null });
  });

  test('supplier(id) refuses an id that is not a UUID on id', async () => {
    expect(fieldPathsOf(await support.gql(SUPPLIER, { id: 'SUP3' }))).toEqual(['id']);
  });

  test('locations lists the returns centre first, then supplier warehouses by code, with addresses', async () => {
    const { locations } = await support.data<{
      locations: { code: string; kind: string; supplierId: string | null; city: string }[];
    }>('{ locations { code kind supplierId city } }');
    expect(locations.map((location) => location.code)).toEqual([
      'RC-TEST',
      'SUP1-WH',
      'SUP2-WH',
      'SUP3-WH',
      'SUP4-WH',
      'SUP5-WH',
    ]);
    expect(locations[0]).toEqual({
      code: 'RC-TEST',
      kind: 'RETURNS_CENTRE',
      supplierId: null,
      city: 'Reno',
    });
    expect(locations[1]?.supplierId).toBe(catalog.suppliers[0]?.id);
  });
});
