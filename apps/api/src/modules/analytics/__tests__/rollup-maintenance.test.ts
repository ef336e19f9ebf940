import {
  createRefundFor,
  inspectedReturn,
  scenarioOrder,
  startRefundsWorld,
  stopRefundsWorld,
  type RefundsWorld,
} from '../../refunds/__tests__/refund-fixtures';
import { SUBMIT_REFUND } from '../../refunds/__tests__/refund-documents';
import { rebuildRollups } from '../rollups';
import {
  refundPartRows,
  refundPartRowsFromBase,
  rollupRows,
  rollupRowsFromBase,
} from './analytics-reference';

/**
 * The rollups stay equal to the base tables after every write path: the API's mutations
 * (request, authorize, label, receive, inspect, refund, reject, cancel), direct SQL as an importer
 * would write it (order edits, deletes), and the rebuild command. The refund supplier parts (the
 * refund report's per-supplier split) stay equal to the attribution computed from the refunds.
 */

let refunds: RefundsWorld;

beforeAll(async () => {
  refunds = await startRefundsWorld();
});

afterAll(async () => {
  await stopRefundsWorld(refunds);
});

async function expectRollupsExact(): Promise<void> {
  const db = refunds.database.dataSource;
  expect(await rollupRows(db)).toEqual(await rollupRowsFromBase(db));
  expect(await refundPartRows(db)).toEqual(await refundPartRowsFromBase(db));
}

async function unitsReturnedToday(): Promise<{ sold: number; returned: number }> {
  const day = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
  const { returnRate } = await refunds.team.admin.data<{
    returnRate: { total: { unitsSold: number; unitsReturned: number } };
  }>(
    'query($range: AnalyticsRangeInput!) { returnRate(range: $range) { total { unitsSold unitsReturned } } }',
    { range: { from, to: day, timeZone: 'America/New_York' } },
  );
  return { sold: returnRate.total.unitsSold, returned: returnRate.total.unitsReturned };
}

test('a return taken through the API to an issued refund keeps the rollups exact at each step', async () => {
  await expectRollupsExact();
  const before = await unitsReturnedToday();
  const inspected = await inspectedReturn(refunds, {
    orderLines: [
      { quantity: 3, unitPriceMinor: 2500 },
      { quantity: 1, unitPriceMinor: 900 },
    ],
    returned: [
      { line: 0, units: 2, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' },
      { line: 1, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW' },
    ],
  });
  await expectRollupsExact();
  expect(await unitsReturnedToday()).toEqual({
    sold: before.sold + 4,
    returned: before.returned + 3,
  });

  const refund = await createRefundFor(refunds, inspected.id);
  await refunds.team.finance.data(SUBMIT_REFUND, { input: { id: refund.id } });
  await refunds.team.finance.data(
    'mutation($input: IssueRefundInput!) { issueRefund(input: $input) { replayed } }',
    { input: { id: refund.id, idempotencyKey: `analytics-${refund.id}` } },
  );
  await expectRollupsExact();
  expect(await unitsReturnedToday()).toEqual({
    sold: before.sold + 4,
    returned: before.returned + 3,
  });
});

test('rejected and cancelled returns leave the returned units', async () => {
  const before = await unitsReturnedToday();
  const { orderId, lineIds } = await scenarioOrder(refunds, {
    orderLines: [
      { quantity: 2, unitPriceMinor: 1000 },
      { quantity: 1, unitPriceMinor: 1000 },
    ],
  });
  const rejected = await refunds.flow.request({
    orderId,
    lines: [{ orderLineId: lineIds[0], quantity: 2, reasonCode: 'BETTER_PRICE' }],
  });
  const cancelled = await refunds.flow.request({
    orderId,
    lines: [{ orderLineId: lineIds[1], quantity: 1, reasonCode: 'WRONG_ITEM' }],
  });
  await expectRollupsExact();
  expect(await unitsReturnedToday()).toEqual({
    sold: before.sold + 3,
    returned: before.returned + 3,
  });
  await refunds.team.support.data(
    'mutation($input: RejectReturnInput!) { rejectReturn(input: $input) { id } }',
    { input: { id: rejected.id, declineReason: 'RETURN_WINDOW_EXPIRED' } },
  );
  await refunds.flow.authorize(cancelled.id);
  await refunds.team.support.data(
    'mutation($input: CancelReturnInput!) { cancelReturn(input: $input) { id } }',
    { input: { id: cancelled.id, reason: 'customer withdrew the request' } },
  );
  await expectRollupsExact();
  expect(await unitsReturnedToday()).toEqual({ sold: before.sold + 3, returned: before.returned });
});

test('direct SQL writes (an importer editing and deleting orders) keep the rollups exact', async () => {
  const db = refunds.database.dataSource;
  const { orderId, lineIds } = await scenarioOrder(refunds, {
    orderLines: [
      { quantity: 2, unitPriceMinor: 1000 },
      { quantity: 1, unitPriceMinor: 500 },
    ],
  });
  await refunds.flow.request({
    orderId,
    lines: [{ orderLineId: lineIds[0], quantity: 1, reasonCode: 'DEFECTIVE' }],
  });
  await db.query(
    `UPDATE orders SET channel = 'WEBSHOP', ordered_at = ordered_at - interval '40 days' WHERE id = $1`,
    [orderId],
  );
  await expectRollupsExact();
  await db.query('UPDATE order_lines SET quantity = quantity + 2 WHERE id = $1', [lineIds[1]]);
  await db.query(`UPDATE return_lines SET reason_code = 'MISSING_PARTS' WHERE order_line_id = $1`, [
    lineIds[0],
  ]);
  await db.query(
    `UPDATE returns SET requested_at = requested_at - interval '1 day' WHERE order_id = $1`,
    [orderId],
  );
  await expectRollupsExact();

  const other = await scenarioOrder(refunds, {
    orderLines: [{ quantity: 4, unitPriceMinor: 700 }],
  });
  await db.query('DELETE FROM order_lines WHERE id = $1', [other.lineIds[0]]);
  await db.query('DELETE FROM orders WHERE id = $1', [other.orderId]);
  const third = await scenarioOrder(refunds, {
    orderLines: [
      { quantity: 1, unitPriceMinor: 700 },
      { quantity: 2, unitPriceMinor: 800 },
    ],
  });
  await db.query('DELETE FROM orders WHERE id = $1', [third.orderId]);
  await expectRollupsExact();
});

test('direct SQL writes to refunds, refund lines, SKUs and order lines keep the refund supplier parts exact', async () => {
  const db = refunds.database.dataSource;
  const first = await inspectedReturn(refunds, {
    orderLines: [
      { quantity: 2, unitPriceMinor: 3000 },
      { quantity: 1, unitPriceMinor: 1100 },
    ],
    returned: [
      { line: 0, units: 2, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' },
      { line: 1, units: 1, reasonCode: 'WRONG_ITEM', grade: 'NEW' },
    ],
  });
  const refund = await createRefundFor(refunds, first.id);
  const [part] = await db.query<{ refund_id: string }[]>(
    'SELECT refund_id FROM analytics_refund_supplier_parts WHERE refund_id = $1',
    [refund.id],
  );
  expect(part?.refund_id).toBe(refund.id);
  await expectRollupsExact();

  // A second supplier takes over the SKU of the first order line.
  const [supplier] = await db.query<{ id: string }[]>(
    `INSERT INTO suppliers (code, name, contact_email) VALUES ('PARTS-2', 'Parts Two', 'two@parts.test') RETURNING id`,
  );
  const [line] = await db.query<{ order_line_id: string; sku_id: string }[]>(
    `SELECT rl.order_line_id, ol.sku_id FROM refund_lines rl JOIN order_lines ol ON ol.id = rl.order_line_id
     WHERE rl.refund_id = $1 ORDER BY rl.amount_minor DESC LIMIT 1`,
    [refund.id],
  );
  if (supplier === undefined || line === undefined) throw new Error('fixture missing');
  await db.query('UPDATE skus SET supplier_id = $1 WHERE id = $2', [supplier.id, line.sku_id]);
  await expectRollupsExact();

  // An order line moved to a SKU of another supplier, then the breakdown and lines edited.
  const [otherSku] = await db.query<{ id: string }[]>(
    `INSERT INTO skus (code, name, category, supplier_id, currency, unit_cost_minor, price_minor)
     SELECT 'PARTS-SKU-2', 'Other part', category, $1, currency, unit_cost_minor, price_minor FROM skus WHERE id = $2
     RETURNING id`,
    [supplier.id, line.sku_id],
  );
  const [second] = await db.query<{ order_line_id: string }[]>(
    'SELECT order_line_id FROM refund_lines WHERE refund_id = $1 AND order_line_id <> $2',
    [refund.id, line.order_line_id],
  );
  if (otherSku === undefined || second === undefined) throw new Error('fixture missing');
  await db.query('UPDATE order_lines SET sku_id = $1 WHERE id = $2', [
    otherSku.id,
    second.order_line_id,
  ]);
  await expectRollupsExact();
  await db.query(
    `UPDATE refunds SET breakdown = jsonb_set(breakdown, '{labelDeduction}', '777'::jsonb) WHERE id = $1`,
    [refund.id],
  );
  await db.query('UPDATE refund_lines SET amount_minor = amount_minor - 5 WHERE refund_id = $1', [
    refund.id,
  ]);
  await expectRollupsExact();
  await db.query('DELETE FROM refund_lines WHERE refund_id = $1 AND order_line_id = $2', [
    refund.id,
    second.order_line_id,
  ]);
  await expectRollupsExact();
  await db.query('DELETE FROM refund_lines WHERE refund_id = $1', [refund.id]);
  await db.query('DELETE FROM refunds WHERE id = $1', [refund.id]);
  await expectRollupsExact();
});

test('the rebuild command gives back exactly the rows the triggers kept', async () => {
  const db = refunds.database.dataSource;
  const kept = await rollupRows(db);
  const keptParts = await refundPartRows(db);
  expect(keptParts.length).toBeGreaterThan(0);
  await db.query(
    'TRUNCATE analytics_units_sold, analytics_units_returned, analytics_refund_supplier_parts',
  );
  await rebuildRollups(db);
  expect(await rollupRows(db)).toEqual(kept);
  expect(await refundPartRows(db)).toEqual(keptParts);
  await expectRollupsExact();
});
