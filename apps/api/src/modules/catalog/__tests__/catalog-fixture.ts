import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface FixtureSupplier {
  id: string;
  code: string;
  name: string;
  warehouseId: string;
}

export interface FixtureSku {
  id: string;
  code: string;
  name: string;
  asin: string;
  category: string;
  supplierId: string;
}

export interface CatalogFixture {
  returnsCentreId: string;
  suppliers: FixtureSupplier[];
  skus: FixtureSku[];
}

const CATEGORIES = ['Electronics', 'Home & Kitchen', 'Toys & Games'];
const PRODUCTS = ['Lamp', 'Kettle', 'Speaker', 'Puzzle', 'Blender', 'Charger', 'Kite', 'Mug'];

/**
 * A small catalogue: a returns centre, `suppliers` suppliers (each with a warehouse, one
 * category each) and `skusPerSupplier` SKUs each, whose names do not follow their codes.
 */
export async function createCatalog(
  dataSource: DataSource,
  { suppliers = 3, skusPerSupplier = 10 } = {},
): Promise<CatalogFixture> {
  const returnsCentreId = randomUUID();
  await dataSource.query(
    `INSERT INTO locations (id, code, name, kind, address_line1, city, region, postal_code, country_code)
     VALUES ($1, 'RC-TEST', 'Test Returns Centre', 'RETURNS_CENTRE', '1 Dock Road', 'Reno', 'NV', '89502', 'US')`,
    [returnsCentreId],
  );
  const created: FixtureSupplier[] = [];
  const skus: FixtureSku[] = [];
  for (let s = 0; s < suppliers; s += 1) {
    const supplier = {
      id: randomUUID(),
      code: `SUP${s + 1}`,
      // Names sort in the opposite order of codes.
      name: `${String.fromCharCode(90 - s)} Supplier ${s + 1}`,
      warehouseId: randomUUID(),
    };
    created.push(supplier);
    await dataSource.query(
      `INSERT INTO suppliers (id, code, name, contact_email, return_window_days, claim_terms_days)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        supplier.id,
        supplier.code,
        supplier.name,
        `rma@sup${s + 1}.test`,
        s === 0 ? 45 : null,
        30 + s,
      ],
    );
    await dataSource.query(
      `INSERT INTO locations (id, code, name, kind, supplier_id, address_line1, city, region, postal_code, country_code)
       VALUES ($1, $2, $3, 'SUPPLIER_WAREHOUSE', $4, $5, 'Columbus', 'OH', '43219', 'US')`,
      [
        supplier.warehouseId,
        `${supplier.code}-WH`,
        `${supplier.name} warehouse`,
        supplier.id,
        `${s + 1} Depot St`,
      ],
    );
    for (let k = 0; k < skusPerSupplier; k += 1) {
      const n = s * skusPerSupplier + k;
      const sku = {
        id: randomUUID(),
        code: `T-${supplier.code}-${String(k + 1).padStart(3, '0')}`,
        name: `${PRODUCTS[(n * 5) % PRODUCTS.length] ?? 'Thing'} ${n % 7}`,
        asin: `B0TEST${String(n).padStart(4, '0')}`,
        category: CATEGORIES[s % CATEGORIES.length] ?? 'Misc',
        supplierId: supplier.id,
      };
      skus.push(sku);
      await dataSource.query(
        `INSERT INTO skus (id, code, asin, name, category, supplier_id, currency, unit_cost_minor, price_minor)
         VALUES ($1, $2, $3, $4, $5, $6, 'USD', $7, $8)`,
        [sku.id, sku.code, sku.asin, sku.name, sku.category, sku.supplierId, 1000 + n, 2999 + n],
      );
    }
  }
  return { returnsCentreId, suppliers: created, skus };
}
