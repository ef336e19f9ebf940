import type { ReturnStatus } from '@rebound/domain';
import type { DataSource } from 'typeorm';

/** SKUs every orders test can use: two in USD, one listed in EUR. */
export const SKUS = {
  kettle: { code: 'HP-T-001', name: 'Test kettle', currency: 'USD', priceMinor: 4999 },
  mug: { code: 'HP-T-002', name: 'Test mug', currency: 'USD', priceMinor: 1299 },
  euroLamp: { code: 'HP-T-EU1', name: 'Test lamp (EU listing)', currency: 'EUR', priceMinor: 3900 },
} as const;

/** Creates one supplier and the SKUs above. */
export async function createCatalog(dataSource: DataSource): Promise<void> {
  const [supplier] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO suppliers (code, name, contact_email) VALUES ('TST', 'Test supplier', 'ops@supplier.test')
     RETURNING id`,
  );
  for (const sku of Object.values(SKUS)) {
    await dataSource.query(
      `INSERT INTO skus (code, name, category, supplier_id, currency, unit_cost_minor, price_minor)
       VALUES ($1, $2, 'Kitchen', $3, $4, 1000, $5)`,
      [sku.code, sku.name, supplier?.id, sku.currency, sku.priceMinor],
    );
  }
}

/** A valid upsertOrder input: an Amazon US order of two lines, delivered. */
export function orderInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'AMAZON_US',
    externalId: '114-1234567-1234567',
    customer: { email: 'Ann.Lee@Example.com', name: 'Ann Lee' },
    currency: 'USD',
    orderedAt: '2025-03-01T10:00:00.000Z',
    deliveredAt: '2025-03-05T15:30:00.000Z',
    lines: [
      { lineNo: 1, skuCode: 'HP-T-001', quantity: 2, unitPrice: 4999, tax: 801, shipping: 599 },
      { lineNo: 2, skuCode: 'HP-T-002', quantity: 1, unitPrice: 1299, tax: 104, shipping: 0 },
    ],
    ...overrides,
  };
}

export const ORDER_FIELDS = `
  id channel externalId currency orderedAt deliveredAt createdAt
  customer { id email name }
  lines { id lineNo skuId skuCode skuName quantity unitPrice tax shipping currency quantityInReturns returnableQuantity }`;

export const UPSERT_ORDER = `mutation($input: UpsertOrderInput!) {
  upsertOrder(input: $input) { created changed order { ${ORDER_FIELDS} } }
}`;

/** Row counts of the tables an order import writes. */
export async function orderTableCounts(
  dataSource: DataSource,
): Promise<{ orders: number; orderLines: number; customers: number }> {
  const [row] = await dataSource.query<
    { orders: number; order_lines: number; customers: number }[]
  >(
    `SELECT (SELECT count(*)::int FROM orders) AS orders,
            (SELECT count(*)::int FROM order_lines) AS order_lines,
            (SELECT count(*)::int FROM customers) AS customers`,
  );
  return {
    orders: row?.orders ?? 0,
    orderLines: row?.order_lines ?? 0,
    customers: row?.customers ?? 0,
  };
}

/** Puts a return on an order line directly (the returns module's rules are not under test here). */
export async function addReturn(
  dataSource: DataSource,
  orderId: string,
  orderLineId: string,
  quantity: number,
  status: ReturnStatus,
): Promise<void> {
  const [rma] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO returns (rma_number, order_id, status, requested_at, policy_verdict, first_response_due_at, version)
     VALUES ('RMA-' || nextval('rma_number_seq'), $1, $2, now(), '{}'::jsonb, now() + interval '1 day', 1)
     RETURNING id`,
    [orderId, status],
  );
  await dataSource.query(
    `INSERT INTO return_lines (return_id, order_line_id, quantity, reason_code)
     VALUES ($1, $2, $3, 'NO_LONGER_NEEDED')`,
    [rma?.id, orderLineId, quantity],
  );
}
