import type { Client } from 'pg';

/** A deterministic UUID per (table tag, row number), so that rows of several tables can refer to each other. */
const uuid = (tag: number, row: string): string =>
  `(lpad(to_hex(${tag}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(${row}), 12, '0'))::uuid`;

const ORDER = 1;
const ORDER_LINE = 2;
const RETURN = 3;
const REFUND = 4;
const SUPPLIER = 5;
const SKU = 6;

/** The per-row figures every table derives from the row number `i`. */
const FIGURES = `
  CROSS JOIN LATERAL (
    SELECT (ARRAY['USD', 'EUR', 'JPY'])[1 + i % 3] AS currency,
      1000 + i % 9000 AS item, (1000 + i % 9000) / 10 AS tax,
      CASE WHEN i % 2 = 0 THEN 299 ELSE 0 END AS shipping,
      CASE WHEN i % 4 = 0 THEN 650 ELSE 0 END AS label,
      1 + i % 3 AS supplier,
      timestamptz '2025-01-01T00:00:00Z' + i * interval '31 seconds' + (i % 997) * interval '1 microsecond' AS created_at
  ) f`;

const STATUSES = `(ARRAY['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ISSUED', 'ISSUED', 'ISSUED', 'FAILED', 'REJECTED'])[1 + i % 8]`;
const METHODS = `(ARRAY['MARKETPLACE', 'ORIGINAL_PAYMENT', 'STORE_CREDIT'])[1 + i % 3]`;

/**
 * Loads `count` refunds, each with its own order, order line, return and refund line, in a few
 * INSERT … SELECT generate_series statements. The within-paid trigger is switched off while
 * loading (every line is within what was paid by construction) and switched on again.
 */
export async function loadRefunds(client: Client, count: number, userId: string): Promise<void> {
  const series = `FROM generate_series(1, ${count}) AS i ${FIGURES}`;
  await client.query(`INSERT INTO suppliers (id, code, name, contact_email)
    SELECT ${uuid(SUPPLIER, 's')}, 'BENCH' || s, 'Bench supplier ' || s || ', "Ltd"', 'bench' || s || '@suppliers.test'
    FROM generate_series(1, 3) AS s`);
  await client.query(`INSERT INTO skus (id, code, name, category, supplier_id, currency, unit_cost_minor, price_minor)
    SELECT ${uuid(SKU, 's')}, 'BENCH-SKU-' || s, 'Bench thing ' || s, 'Bench', ${uuid(SUPPLIER, 's')}, 'USD', 500, 1000
    FROM generate_series(1, 3) AS s`);
  const customer = await client.query<{ id: string }>(
    `INSERT INTO customers (email, name) VALUES ('bench@example.test', 'Bench Buyer') RETURNING id`,
  );
  await client.query(
    `INSERT INTO orders (id, channel, external_id, customer_id, currency, ordered_at, delivered_at)
     SELECT ${uuid(ORDER, 'i')}, 'AMAZON_US', '114-' || lpad(i::text, 7, '0') || '-0000001', $1, f.currency,
       f.created_at - interval '20 days', f.created_at - interval '15 days' ${series}`,
    [customer.rows[0]?.id],
  );
  await client.query(`INSERT INTO order_lines (id, order_id, line_no, sku_id, quantity, unit_price_minor, tax_minor, shipping_minor)
    SELECT ${uuid(ORDER_LINE, 'i')}, ${uuid(ORDER, 'i')}, 1, ${uuid(SKU, 'f.supplier')}, 1, f.item, f.tax, f.shipping ${series}`);
  await client.query(`INSERT INTO returns (id, rma_number, order_id, status, requested_at, policy_verdict,
      first_response_due_at, received_at, version)
    SELECT ${uuid(RETURN, 'i')}, 'RMA-B' || i, ${uuid(ORDER, 'i')}, 'COMPLETED', f.created_at - interval '5 days', '{}',
      f.created_at - interval '4 days', CASE WHEN i % 5 = 0 THEN NULL ELSE f.created_at - interval '1 day' END, 1 ${series}`);
  await client.query(
    `INSERT INTO refunds (id, return_id, order_id, status, method, currency, total_minor, breakdown,
      created_by_id, submitted_at, issued_at, external_reference, version, created_at, updated_at)
    SELECT ${uuid(REFUND, 'i')}, ${uuid(RETURN, 'i')}, ${uuid(ORDER, 'i')}, ${STATUSES}, ${METHODS}, f.currency,
      f.item + f.tax + f.shipping - f.label,
      jsonb_build_object('currency', f.currency,
        'lines', jsonb_build_array(jsonb_build_object('orderLineId', ${uuid(ORDER_LINE, 'i')}, 'units', 1,
          'quantityOrdered', 1, 'fault', 'SUPPLIER', 'grade', 'DEFECTIVE', 'item', f.item, 'tax', f.tax,
          'shipping', f.shipping, 'restockingFeePercent', 0, 'restockingFee', 0,
          'lineTotal', f.item + f.tax + f.shipping, 'remaining', f.item + f.tax + f.shipping,
          'refund', f.item + f.tax + f.shipping - f.label, 'note', NULL)),
        'items', f.item, 'tax', f.tax, 'shipping', f.shipping, 'restockingFees', 0,
        'labelDeduction', f.label, 'shippingReimbursement', 0,
        'remainingRefundable', f.item + f.tax + f.shipping, 'total', f.item + f.tax + f.shipping - f.label,
        'returnShippingPayer', 'SELLER'),
      $1, f.created_at + interval '1 hour',
      CASE WHEN ${STATUSES} = 'ISSUED' THEN f.created_at + interval '1 day' END,
      CASE WHEN i % 10 = 0 THEN 'SC-' || i || ', "rush"' ELSE 'SC-' || i END, 1, f.created_at, f.created_at ${series}`,
    [userId],
  );
  await client.query('ALTER TABLE refund_lines DISABLE TRIGGER refund_lines_within_paid');
  await client.query(`INSERT INTO refund_lines (refund_id, order_line_id, amount_minor)
    SELECT ${uuid(REFUND, 'i')}, ${uuid(ORDER_LINE, 'i')}, f.item + f.tax + f.shipping - f.label ${series}`);
  await client.query('ALTER TABLE refund_lines ENABLE TRIGGER refund_lines_within_paid');
  await client.query('ANALYZE');
}
