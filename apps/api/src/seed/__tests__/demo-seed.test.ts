import { RETURN_STATUSES, ROLES } from '@rebound/domain';
import { verifyStockLedger } from '../../modules/inventory/verify-stock-ledger';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { seedDemoData } from '../demo-seed';

let database: TestDatabase;

const TABLES = [
  'users',
  'suppliers',
  'locations',
  'skus',
  'customers',
  'orders',
  'order_lines',
  'returns',
  'return_lines',
  'stock_levels',
  'stock_movements',
];

/** A fingerprint of every demo table: row counts and a hash of the rows' content. */
async function snapshot(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const rows: { count: number; digest: string | null }[] = await database.dataSource.query(
        `SELECT count(*)::int AS count, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`,
      );
      return [table, `${rows[0]?.count ?? 0}:${rows[0]?.digest ?? ''}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.drop();
});

test('the first run fills an empty database with the demo business', async () => {
  const report = await seedDemoData(database.dataSource, new Date('2026-11-26T10:00:00Z'));
  expect(report.created).toBe(true);
  expect(report.inserted.users).toBe(6);
  expect(report.inserted.suppliers).toBe(5);
  expect(report.inserted.returns).toBeGreaterThanOrEqual(RETURN_STATUSES.length * 3);
});

test('users exist for every role, and the logins are reported', async () => {
  const rows: { role: string }[] = await database.dataSource.query(
    'SELECT DISTINCT unnest(roles) AS role FROM users',
  );
  expect(rows.map((row) => row.role).sort()).toEqual([...ROLES].sort());
});

test('returns are spread over every state of the lifecycle', async () => {
  const rows: { status: string; count: number }[] = await database.dataSource.query(
    'SELECT status, count(*)::int AS count FROM returns GROUP BY status',
  );
  expect(rows.map((row) => row.status).sort()).toEqual([...RETURN_STATUSES].sort());
  expect(Math.min(...rows.map((row) => row.count))).toBeGreaterThanOrEqual(3);
});

test('every supplier has a return address, and every return line belongs to its return order', async () => {
  const orphans: { count: number }[] = await database.dataSource.query(`
    SELECT count(*)::int AS count FROM return_lines rl
    JOIN returns r ON r.id = rl.return_id JOIN order_lines ol ON ol.id = rl.order_line_id
    WHERE ol.order_id <> r.order_id OR rl.quantity > ol.quantity`);
  expect(orphans[0]?.count).toBe(0);
  const withoutAddress: { count: number }[] = await database.dataSource.query(`
    SELECT count(*)::int AS count FROM suppliers s
    WHERE NOT EXISTS (SELECT 1 FROM locations l WHERE l.supplier_id = s.id AND l.kind = 'SUPPLIER_WAREHOUSE')`);
  expect(withoutAddress[0]?.count).toBe(0);
});

test('every demo SKU has an opening balance at the returns centre, and levels equal the ledger', async () => {
  const rows: { count: number }[] = await database.dataSource.query(`
    SELECT count(*)::int AS count FROM skus k
    WHERE NOT EXISTS (
      SELECT 1 FROM stock_levels sl JOIN locations l ON l.id = sl.location_id
      WHERE sl.sku_id = k.id AND l.kind = 'RETURNS_CENTRE' AND sl.sellable > 0)`);
  expect(rows[0]?.count).toBe(0);
  expect(await verifyStockLedger(database.dataSource)).toEqual([]);
});

test('running the seed a second time changes nothing, even a day later', async () => {
  const before = await snapshot();
  const report = await seedDemoData(database.dataSource, new Date('2026-11-27T10:00:00Z'));
  expect(report.created).toBe(false);
  expect(Object.values(report.inserted).every((count) => count === 0)).toBe(true);
  expect(await snapshot()).toEqual(before);
});

test('the database refuses a status the return state machine does not know', async () => {
  await expect(
    database.dataSource.query("UPDATE returns SET status = 'LOST_IN_SPACE'"),
  ).rejects.toThrow(/returns_status_check/);
});
