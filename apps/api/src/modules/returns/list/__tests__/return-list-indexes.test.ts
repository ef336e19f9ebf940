import { createTestDatabase, type TestDatabase } from '../../../../testing/test-database';
import { checkReturnFilter } from '../return-filter.check';
import type { ReturnFilter } from '../return-filter.input';
import { returnSort, type ReturnOrder } from '../return-order';
import { returnPageStatement } from '../return-page.query';

let database: TestDatabase;

// A few thousand returns, generated in SQL, then ANALYZEd so the planner sees the real sizes.
const GENERATE = `
INSERT INTO suppliers (code, name, contact_email)
  SELECT 'SUP' || g, 'Supplier ' || g, 's' || g || '@x.test' FROM generate_series(1, 10) g;
INSERT INTO skus (code, name, category, supplier_id, currency, unit_cost_minor, price_minor)
  SELECT 'SKU' || g, 'Sku ' || g, 'Kitchen', s.id, 'USD', 100, 200
  FROM generate_series(1, 100) g JOIN suppliers s ON s.code = 'SUP' || (g % 10 + 1);
INSERT INTO customers (email, name) SELECT 'c' || g || '@x.test', 'C ' || g FROM generate_series(1, 500) g;
INSERT INTO orders (channel, external_id, customer_id, currency, ordered_at, delivered_at)
  SELECT 'AMAZON_US', '114-' || lpad(g::text, 7, '0') || '-1234567', c.id, 'USD',
    timestamptz '2025-01-01' + g * interval '1 hour', timestamptz '2025-01-03' + g * interval '1 hour'
  FROM generate_series(1, 3000) g JOIN customers c ON c.email = 'c' || (g % 500 + 1) || '@x.test';
INSERT INTO order_lines (order_id, line_no, sku_id, quantity, unit_price_minor, tax_minor, shipping_minor)
  SELECT o.id, 1, s.id, 2, 1000, 80, 100
  FROM orders o JOIN skus s ON s.code = 'SKU' || (substr(o.external_id, 5, 7)::int % 100 + 1);
INSERT INTO returns (rma_number, order_id, status, requested_at, policy_verdict, first_response_due_at, version)
  SELECT 'RMA-' || substr(o.external_id, 5, 7), o.id,
    (ARRAY['REQUESTED', 'AUTHORIZED', 'RECEIVED', 'COMPLETED'])[substr(o.external_id, 5, 7)::int % 4 + 1],
    o.ordered_at + interval '3 days', '{}', o.ordered_at + interval '4 days', 1
  FROM orders o;
INSERT INTO return_lines (return_id, order_line_id, quantity, reason_code)
  SELECT r.id, ol.id, 1, 'DEFECTIVE' FROM returns r JOIN order_lines ol ON ol.order_id = r.order_id;
ANALYZE;`;

beforeAll(async () => {
  database = await createTestDatabase();
  await database.dataSource.query(GENERATE);
});

afterAll(async () => {
  await database.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Sort Key'?: string[];
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/** The plan nodes of the list's real page statement for this sort, filter and cursor. */
async function planOf(
  order: ReturnOrder,
  filter: ReturnFilter | null,
  after: { key: string; id: string } | null,
): Promise<PlanNode[]> {
  const { sql, params } = returnPageStatement({
    filter: checkReturnFilter(filter),
    sort: returnSort(order),
    after,
    limit: 51,
    now: new Date(),
  });
  const rows = await database.dataSource.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }[]>(
    `EXPLAIN (FORMAT JSON) ${sql}`,
    params,
  );
  const raw = rows[0]?.['QUERY PLAN'];
  const explained = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
  return nodesOf(explained[0].Plan);
}

const readsThrough = (nodes: PlanNode[], index: string): boolean =>
  nodes.some((node) => node['Relation Name'] === 'returns' && node['Index Name'] === index);

// A Sort over the returns (rather than the label lookup's) would mean reading the whole table first.
const sortsReturns = (nodes: PlanNode[]): boolean =>
  nodes.some(
    (node) =>
      node['Node Type'].endsWith('Sort') &&
      (node['Sort Key'] ?? []).some((key) => /^(r|page)\./.test(key)),
  );

test.each([
  [
    'the default sort (newest request first)',
    'REQUESTED_AT_DESC',
    null,
    null,
    'returns_requested_at_id_idx',
  ],
  [
    'the default sort, deep in the list by cursor',
    'REQUESTED_AT_DESC',
    null,
    { key: '2025-02-01T00:00:00.000000Z', id: '00000000-0000-4000-8000-000000000000' },
    'returns_requested_at_id_idx',
  ],
  [
    'the SLA queue sort',
    'FIRST_RESPONSE_DUE_ASC',
    null,
    null,
    'returns_first_response_due_at_id_idx',
  ],
  [
    'the SLA queue of REQUESTED returns',
    'FIRST_RESPONSE_DUE_ASC',
    { status: ['REQUESTED'] },
    null,
    'returns_first_response_due_at_id_idx',
  ],
  ['the most recently changed first', 'UPDATED_AT_DESC', null, null, 'returns_updated_at_id_idx'],
] as const)(
  '%s reads its page through an index in sort order, without sorting the table',
  async (_name, order, filter, after, index) => {
    const nodes = await planOf(
      order,
      filter === null ? null : { status: [...filter.status] },
      after,
    );
    expect(readsThrough(nodes, index)).toBe(true);
    expect(sortsReturns(nodes)).toBe(false);
  },
);

test('a search reads the matching order through the case-insensitive order id index', async () => {
  const nodes = await planOf('REQUESTED_AT_DESC', { search: '114-0001234' }, null);
  expect(nodes.some((node) => node['Index Name'] === 'orders_external_id_lower_idx')).toBe(true);
});
