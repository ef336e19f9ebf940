import type { DataSource } from 'typeorm';
import type { TestClient } from '../../../testing/test-server';

/** Every business table (audit_events left out: a refusal is audited on purpose). */
const BUSINESS_TABLES = [
  'users',
  'suppliers',
  'locations',
  'skus',
  'customers',
  'orders',
  'order_lines',
  'returns',
  'return_lines',
  'inspections',
  'return_events',
  'return_labels',
  'carrier_scans',
  'notes',
  'stock_levels',
  'stock_movements',
] as const;

/** What a refused mutation must leave exactly as it was: row counts, stock, return rows. */
export async function databaseState(dataSource: DataSource): Promise<Record<string, unknown>> {
  const counts: Record<string, number> = {};
  for (const table of BUSINESS_TABLES) {
    const [row] = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table}`,
    );
    counts[table] = row?.count ?? -1;
  }
  return {
    counts,
    stock: await dataSource.query(
      'SELECT sku_id, location_id, sellable, quarantine FROM stock_levels ORDER BY sku_id, location_id',
    ),
    returns: await dataSource.query(
      'SELECT id, status, version, decline_reason, resolution, first_response_at, received_at FROM returns ORDER BY id',
    ),
    lines: await dataSource.query(
      'SELECT id, disposition, disposition_overridden FROM return_lines ORDER BY id',
    ),
    inspections: await dataSource.query(
      'SELECT return_line_id, grade, fault, notes FROM inspections ORDER BY return_line_id',
    ),
  };
}

/** Stock of one SKU at one location (0/0 when no level exists yet). */
export async function stockOf(
  dataSource: DataSource,
  skuId: string,
  locationId: string,
): Promise<{ sellable: number; quarantine: number }> {
  const [row] = await dataSource.query<{ sellable: number; quarantine: number }[]>(
    'SELECT sellable, quarantine FROM stock_levels WHERE sku_id = $1 AND location_id = $2',
    [skuId, locationId],
  );
  return row ?? { sellable: 0, quarantine: 0 };
}

/** The codes of the errors a call got (empty when it succeeded). */
export async function errorCodes(
  client: TestClient,
  document: string,
  variables: Record<string, unknown>,
): Promise<string[]> {
  const { json } = await client.gql(document, variables);
  return (json.errors ?? []).map((error) => String(error.extensions?.code));
}
