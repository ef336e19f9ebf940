import {
  createRefundFor,
  inspectedReturn,
  startRefundsWorld,
  stopRefundsWorld,
  type RefundsWorld,
  type Scenario,
} from './refund-fixtures';

let refunds: RefundsWorld | undefined;

beforeAll(async () => {
  refunds = await startRefundsWorld();
});

afterAll(async () => {
  await stopRefundsWorld(refunds);
});

function world(): RefundsWorld {
  if (refunds === undefined) throw new Error('the refunds world did not start');
  return refunds;
}

interface Row {
  rule: string;
  scenario: Scenario;
  total: number;
  currency?: string;
  labelDeduction?: number;
  shippingReimbursement?: number;
  restockingFees?: number;
}

// Prices of the worked example: 2 × 49.99 USD with 5.98 shipping.
const HEADPHONES_PAIR = { quantity: 2, unitPriceMinor: 4999, shippingMinor: 598 };

const ROWS: Row[] = [
  {
    rule: 'worked example: customer fault, NEW, in window → 49.99 − 6.50 prepaid label = 43.49',
    scenario: {
      orderLines: [HEADPHONES_PAIR],
      returned: [{ line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW' }],
      labelCostMinor: 650,
    },
    total: 4349,
    labelDeduction: 650,
  },
  {
    rule: 'supplier fault: item + tax share (801/2 = 400.5 → 401 half-up) + shipping share 299 refunded, label not deducted',
    scenario: {
      orderLines: [{ ...HEADPHONES_PAIR, taxMinor: 801 }],
      returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
    },
    total: 4999 + 401 + 299,
    labelDeduction: 0,
  },
  {
    rule: 'restocking fee OPENED 20 % of 49.99 = 10.00 (half-up), and the prepaid label deducted',
    scenario: {
      orderLines: [{ quantity: 1, unitPriceMinor: 4999, shippingMinor: 598 }],
      returned: [{ line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'OPENED' }],
    },
    total: 4999 - 1000 - 650,
    restockingFees: 1000,
  },
  {
    rule: 'restocking fee DAMAGED_BY_CUSTOMER 50 %: a DEFECTIVE claim found damaged becomes customer fault (no shipping, label deducted)',
    scenario: {
      orderLines: [{ quantity: 1, unitPriceMinor: 4999, shippingMinor: 598 }],
      returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DAMAGED_BY_CUSTOMER' }],
    },
    total: 4999 - 2500 - 650,
    restockingFees: 2500,
  },
  {
    rule: 'late request accepted by override: at least 20 % fee even for NEW',
    scenario: {
      orderLines: [{ quantity: 1, unitPriceMinor: 4999 }],
      returned: [{ line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW' }],
      late: true,
    },
    total: 4999 - 1000 - 650,
    restockingFees: 1000,
  },
  {
    rule: 'late override with DAMAGED_BY_CUSTOMER: the larger fee (50 %) applies',
    scenario: {
      orderLines: [{ quantity: 1, unitPriceMinor: 4999 }],
      returned: [
        { line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'DAMAGED_BY_CUSTOMER' },
      ],
      late: true,
    },
    total: 4999 - 2500 - 650,
    restockingFees: 2500,
  },
  {
    rule: 'late override with supplier fault: no restocking fee at all',
    scenario: {
      orderLines: [{ quantity: 1, unitPriceMinor: 4999, shippingMinor: 598 }],
      returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
      late: true,
    },
    total: 4999 + 598,
    restockingFees: 0,
  },
  {
    rule: 'mixed lines (customer + supplier fault): seller pays the return, so no label deduction; shipping refunded only on the supplier line',
    scenario: {
      orderLines: [
        { quantity: 1, unitPriceMinor: 4999, shippingMinor: 300 },
        { quantity: 1, unitPriceMinor: 899, shippingMinor: 100 },
      ],
      returned: [
        { line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW' },
        { line: 1, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' },
      ],
    },
    total: 4999 + 899 + 100,
    labelDeduction: 0,
  },
  {
    rule: 'partial quantity 1 of 3: tax 200/3 = 66.67 → 67 and shipping 100/3 = 33.33 → 33 (half-up per line)',
    scenario: {
      orderLines: [{ quantity: 3, unitPriceMinor: 1000, taxMinor: 200, shippingMinor: 100 }],
      returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
    },
    total: 1000 + 67 + 33,
  },
  {
    rule: 'JPY has no minor unit: ¥4980 + tax ¥199 − 20 % OPENED fee ¥996 − label ¥700',
    scenario: {
      currency: 'JPY',
      orderLines: [{ quantity: 2, unitPriceMinor: 4980, taxMinor: 398, shippingMinor: 500 }],
      returned: [{ line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'OPENED' }],
      labelCostMinor: 700,
    },
    currency: 'JPY',
    total: 4980 + 199 - 996 - 700,
  },
  {
    rule: "customer's own shipping receipt is added when the fault is not the customer's",
    scenario: {
      orderLines: [HEADPHONES_PAIR],
      returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
      customerShippingPaidMinor: 899,
    },
    total: 4999 + 299 + 899,
    shippingReimbursement: 899,
    labelDeduction: 0,
  },
  {
    rule: 'customer fault with their own receipt: neither reimbursed nor is an unused label deducted',
    scenario: {
      orderLines: [HEADPHONES_PAIR],
      returned: [{ line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW' }],
      customerShippingPaidMinor: 899,
    },
    total: 4999,
    shippingReimbursement: 0,
    labelDeduction: 0,
  },
  {
    rule: 'a WRONG_ITEM_RETURNED line contributes nothing until resolved; the other line is refunded',
    scenario: {
      orderLines: [
        { quantity: 1, unitPriceMinor: 4999 },
        { quantity: 1, unitPriceMinor: 899 },
      ],
      returned: [
        { line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'WRONG_ITEM_RETURNED' },
        { line: 1, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' },
      ],
    },
    total: 899,
  },
];

test.each(ROWS)('$rule → total $total', async (row) => {
  const rma = await inspectedReturn(world(), row.scenario);
  const refund = await createRefundFor(world(), rma.id);
  expect(refund.status).toBe('DRAFT');
  expect(refund.total).toEqual({ amount: row.total, currency: row.currency ?? 'USD' });
  expect(refund.breakdown.total).toBe(row.total);
  const lineRefunds = refund.breakdown.lines.reduce((sum, line) => sum + line.refund, 0);
  expect(lineRefunds).toBe(row.total);
  if (row.labelDeduction !== undefined)
    expect(refund.breakdown.labelDeduction).toBe(row.labelDeduction);
  if (row.shippingReimbursement !== undefined)
    expect(refund.breakdown.shippingReimbursement).toBe(row.shippingReimbursement);
  if (row.restockingFees !== undefined)
    expect(refund.breakdown.restockingFees).toBe(row.restockingFees);

  // What is stored per order line is exactly the breakdown's split, zero lines omitted.
  const stored = await world().database.dataSource.query<
    { order_line_id: string; amount_minor: number }[]
  >('SELECT order_line_id, amount_minor FROM refund_lines WHERE refund_id = $1', [refund.id]);
  expect(stored.sort((a, b) => a.order_line_id.localeCompare(b.order_line_id))).toEqual(
    refund.breakdown.lines
      .filter((line) => line.refund > 0)
      .map((line) => ({ order_line_id: line.orderLineId, amount_minor: line.refund }))
      .sort((a, b) => a.order_line_id.localeCompare(b.order_line_id)),
  );
});

test('the worked example itemises its one line: NEW, customer fault, no fee, no shipping', async () => {
  const rma = await inspectedReturn(world(), {
    orderLines: [HEADPHONES_PAIR],
    returned: [{ line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW' }],
  });
  const refund = await createRefundFor(world(), rma.id);
  expect(refund.breakdown.lines).toEqual([
    expect.objectContaining({
      units: 1,
      quantityOrdered: 2,
      fault: 'CUSTOMER',
      grade: 'NEW',
      item: 4999,
      shipping: 0,
      restockingFee: 0,
      lineTotal: 4999,
      remaining: 9998 + 598,
      refund: 4349,
      note: null,
    }),
  ]);
  expect(refund.returnless).toBe(false);
  expect(refund.method).toBe('MARKETPLACE');
});

test("the inspector's explicit fault wins: a NO_LONGER_NEEDED line found to be the supplier's fault gets shipping back and no label deduction", async () => {
  const rma = await inspectedReturn(world(), {
    orderLines: [HEADPHONES_PAIR],
    returned: [
      { line: 0, units: 1, reasonCode: 'NO_LONGER_NEEDED', grade: 'NEW', fault: 'SUPPLIER' },
    ],
  });
  const refund = await createRefundFor(world(), rma.id);
  expect(refund.breakdown.lines[0]?.fault).toBe('SUPPLIER');
  expect(refund.total.amount).toBe(4999 + 299);
});

test('a second return of the same order line is capped at what was paid minus what the first refund holds (CAPPED_AT_REMAINING)', async () => {
  // The first refund also reimburses the customer's 20.00 receipt, using the line's headroom.
  const first = await inspectedReturn(world(), {
    orderLines: [HEADPHONES_PAIR],
    returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
    customerShippingPaidMinor: 2000,
  });
  const firstRefund = await createRefundFor(world(), first.id);
  expect(firstRefund.total.amount).toBe(4999 + 299 + 2000);
  const orderLineId = first.lines[0]?.orderLineId ?? '';
  const second = await world().flow.request({
    orderId: first.orderId,
    lines: [{ orderLineId, quantity: 1, reasonCode: 'DEFECTIVE' }],
  });
  await world().flow.authorize(second.id);
  await world().team.support.data(
    'mutation($id: ID!) { issueReturnLabel(input: { id: $id, costMinor: 650 }) { returnStatus } }',
    { id: second.id },
  );
  const received = await world().flow.receive(second.id);
  await world().flow.inspect(received.lines[0]?.id ?? '', 'DEFECTIVE');
  await world().flow.complete(second.id);
  const secondRefund = await createRefundFor(world(), second.id);
  const paid = 2 * 4999 + 598;
  expect(secondRefund.breakdown.lines[0]).toMatchObject({
    lineTotal: 4999 + 299,
    remaining: paid - 7298,
    refund: paid - 7298,
    note: 'CAPPED_AT_REMAINING',
  });
  expect(secondRefund.total.amount).toBe(paid - 7298);
});
