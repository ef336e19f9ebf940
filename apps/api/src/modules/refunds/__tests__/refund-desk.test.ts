import { databaseState } from '../../returns/__tests__/database-state';
import {
  ADJUST_REFUND_AMOUNT,
  CREATE_REFUND,
  REJECT_REFUND,
  SUBMIT_REFUND,
  type RefundView,
} from './refund-documents';
import {
  codesOf,
  createRefundFor,
  inspectedReturn,
  refundOf,
  refundTableCounts,
  scenarioOrder,
  startRefundsWorld,
  stopRefundsWorld,
  type RefundsWorld,
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

const MISSING = '00000000-0000-4000-8000-000000000000';

async function snapshot(): Promise<unknown> {
  const dataSource = world().database.dataSource;
  return {
    tables: await refundTableCounts(world()),
    returns: await databaseState(dataSource),
    refunds: await dataSource.query<unknown[]>(
      'SELECT id, status, version, total_minor, breakdown, rejection_reason, submitted_by_id FROM refunds ORDER BY id',
    ),
    lines: await dataSource.query<unknown[]>(
      'SELECT refund_id, order_line_id, amount_minor FROM refund_lines ORDER BY refund_id, order_line_id',
    ),
    approvals: await dataSource.query<unknown[]>(
      'SELECT id, amount_minor, voided_at FROM refund_approvals ORDER BY id',
    ),
  };
}

/** Calls a document that must be refused with `code`, and proves the database did not change. */
async function expectRefused(
  document: string,
  input: Record<string, unknown>,
  code: string,
  client = world().team.finance,
): Promise<Record<string, unknown>> {
  const before = await snapshot();
  const { json } = await client.gql(document, { input });
  expect(json.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  expect(await snapshot()).toEqual(before);
  return json.errors?.[0]?.extensions ?? {};
}

describe('bad input is BAD_USER_INPUT naming the field, and changes nothing', () => {
  test.each([
    { document: CREATE_REFUND, input: { returnId: 'not-an-id' }, path: 'input.returnId' },
    {
      document: ADJUST_REFUND_AMOUNT,
      input: { id: MISSING, total: -1, reason: 'Goodwill' },
      path: 'input.total',
    },
    {
      document: ADJUST_REFUND_AMOUNT,
      input: { id: MISSING, total: 100, reason: '   ' },
      path: 'input.reason',
    },
    { document: REJECT_REFUND, input: { id: MISSING, reason: '' }, path: 'input.reason' },
    { document: SUBMIT_REFUND, input: { id: '42' }, path: 'input.id' },
  ])('$path', async ({ document, input, path }) => {
    const extensions = await expectRefused(document, input, 'BAD_USER_INPUT');
    expect(extensions.fields).toEqual([expect.objectContaining({ path })]);
  });
});

test('a refund of a return that does not exist, or of a refund that does not exist, is NOT_FOUND', async () => {
  await expectRefused(CREATE_REFUND, { returnId: MISSING }, 'NOT_FOUND');
  await expectRefused(SUBMIT_REFUND, { id: MISSING }, 'NOT_FOUND');
});

test('SUPPORT may create a DRAFT refund (createdById is theirs) with the method asked for', async () => {
  const rma = await inspectedReturn(world(), {
    orderLines: [{ quantity: 1, unitPriceMinor: 2500 }],
    returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
  });
  const { createRefund } = await world().team.support.data<{ createRefund: RefundView }>(
    CREATE_REFUND,
    { input: { returnId: rma.id, method: 'STORE_CREDIT' } },
  );
  expect(createRefund).toMatchObject({
    status: 'DRAFT',
    method: 'STORE_CREDIT',
    createdById: world().team.supportId,
    rmaNumber: rma.rmaNumber,
    orderId: rma.orderId,
    submittedById: null,
  });
});

test('a return has at most one refund that is not REJECTED: a second is CONFLICT; after rejection the held amount is released for a new one', async () => {
  const rma = await inspectedReturn(world(), {
    orderLines: [{ quantity: 1, unitPriceMinor: 3000, shippingMinor: 500 }],
    returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' }],
  });
  const first = await createRefundFor(world(), rma.id);
  expect(first.total.amount).toBe(3500);
  const conflict = await expectRefused(CREATE_REFUND, { returnId: rma.id }, 'CONFLICT');
  expect(conflict).toMatchObject({ refundId: first.id, refundStatus: 'DRAFT' });

  const { rejectRefund } = await world().team.admin.data<{ rejectRefund: RefundView }>(
    REJECT_REFUND,
    { input: { id: first.id, reason: ' Duplicate of the marketplace refund ' } },
  );
  expect(rejectRefund).toMatchObject({
    status: 'REJECTED',
    rejectionReason: 'Duplicate of the marketplace refund',
  });
  const second = await createRefundFor(world(), rma.id);
  expect(second.total.amount).toBe(3500);
  expect(second.breakdown.lines[0]?.remaining).toBe(3500);
});

test('a return not inspected yet is refused with INSPECTION_INCOMPLETE', async () => {
  const { orderId, lineIds } = await scenarioOrder(world(), {
    orderLines: [{ quantity: 1, unitPriceMinor: 4999 }],
  });
  const received = await world().flow.toReceived({
    orderId,
    lines: [{ orderLineId: lineIds[0], quantity: 1, reasonCode: 'DEFECTIVE' }],
  });
  const extensions = await expectRefused(
    CREATE_REFUND,
    { returnId: received.id },
    'INSPECTION_INCOMPLETE',
  );
  expect(extensions).toMatchObject({ returnStatus: 'RECEIVED' });
});

test('an AUTHORIZED return eligible for returnless gets a returnless refund without grades (item + tax, no label); an ineligible one is RETURNLESS_NOT_ELIGIBLE', async () => {
  const { orderId, lineIds } = await scenarioOrder(world(), {
    orderLines: [{ sku: world().world.cable, quantity: 1, unitPriceMinor: 899, taxMinor: 72 }],
  });
  const eligible = await world().flow.request({
    orderId,
    lines: [{ orderLineId: lineIds[0], quantity: 1, reasonCode: 'DEFECTIVE' }],
  });
  await world().flow.authorize(eligible.id);
  const refund = await createRefundFor(world(), eligible.id);
  expect(refund).toMatchObject({ returnless: true, total: { amount: 971 } });
  expect(refund.breakdown.lines[0]).toMatchObject({ grade: null, fault: 'SUPPLIER' });
  expect(refund.breakdown.labelDeduction).toBe(0);

  const other = await scenarioOrder(world(), {
    orderLines: [{ sku: world().world.cable, quantity: 1, unitPriceMinor: 899 }],
  });
  const customerFault = await world().flow.request({
    orderId: other.orderId,
    lines: [{ orderLineId: other.lineIds[0], quantity: 1, reasonCode: 'NO_LONGER_NEEDED' }],
  });
  await world().flow.authorize(customerFault.id);
  const refusal = await expectRefused(
    CREATE_REFUND,
    { returnId: customerFault.id },
    'RETURNLESS_NOT_ELIGIBLE',
  );
  expect(refusal).toMatchObject({ refusals: ['CUSTOMER_FAULT'] });
});

test('finance may only lower a total: above what the calculator computes is REFUND_EXCEEDS_REMAINING on input.total', async () => {
  const refund = await refundOf(world(), 10_000);
  const extensions = await expectRefused(
    ADJUST_REFUND_AMOUNT,
    { id: refund.id, total: 10_001, reason: 'Typo' },
    'REFUND_EXCEEDS_REMAINING',
  );
  expect(extensions).toMatchObject({ path: 'input.total', computedTotal: 10_000 });
});

test('an adjusted total is re-allocated over the lines in proportion (largest remainder), summing to the new total', async () => {
  const rma = await inspectedReturn(world(), {
    orderLines: [
      { quantity: 1, unitPriceMinor: 2000 },
      { quantity: 1, unitPriceMinor: 1000 },
    ],
    returned: [
      { line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' },
      { line: 1, units: 1, reasonCode: 'DEFECTIVE', grade: 'DEFECTIVE' },
    ],
  });
  const refund = await createRefundFor(world(), rma.id);
  const { adjustRefundAmount } = await world().team.finance.data<{
    adjustRefundAmount: RefundView;
  }>(ADJUST_REFUND_AMOUNT, { input: { id: refund.id, total: 1000, reason: 'Partial refund' } });
  expect(adjustRefundAmount.breakdown.lines.map((line) => line.refund)).toEqual([667, 333]);
  const stored = await world().database.dataSource.query<{ amount_minor: number }[]>(
    'SELECT amount_minor FROM refund_lines WHERE refund_id = $1 ORDER BY amount_minor DESC',
    [refund.id],
  );
  expect(stored.map((row) => row.amount_minor)).toEqual([667, 333]);
});

test('a zero refund cannot be submitted (NOTHING_TO_REFUND)', async () => {
  const rma = await inspectedReturn(world(), {
    orderLines: [{ quantity: 1, unitPriceMinor: 4999 }],
    returned: [{ line: 0, units: 1, reasonCode: 'DEFECTIVE', grade: 'MISSING' }],
  });
  const refund = await createRefundFor(world(), rma.id);
  expect(refund.total.amount).toBe(0);
  await expectRefused(SUBMIT_REFUND, { id: refund.id }, 'NOTHING_TO_REFUND');
});

test('an APPROVED refund cannot be rejected (INVALID_TRANSITION naming from and allowedFrom), nor submitted twice', async () => {
  const refund = await refundOf(world(), 1_000);
  await world().team.finance.data(SUBMIT_REFUND, { input: { id: refund.id } });
  const extensions = await expectRefused(
    REJECT_REFUND,
    { id: refund.id, reason: 'Too late' },
    'INVALID_TRANSITION',
  );
  expect(extensions).toMatchObject({
    from: 'APPROVED',
    to: 'REJECTED',
    allowedFrom: ['DRAFT', 'PENDING_APPROVAL'],
  });
  await expectRefused(SUBMIT_REFUND, { id: refund.id }, 'INVALID_TRANSITION');
});

test('a REJECTED refund can no longer change its amount (INVALID_TRANSITION)', async () => {
  const refund = await refundOf(world(), 1_000);
  await world().team.finance.data(REJECT_REFUND, { input: { id: refund.id, reason: 'Wrong' } });
  await expectRefused(
    ADJUST_REFUND_AMOUNT,
    { id: refund.id, total: 500, reason: 'Goodwill' },
    'INVALID_TRANSITION',
  );
});

test('every refund mutation is audited with its outcome', async () => {
  const refund = await refundOf(world(), 1_234);
  await codesOf(world().team.finance, SUBMIT_REFUND, { input: { id: refund.id } });
  const rows = await world().database.dataSource.query<
    { action: string; outcome: string; target_id: string | null }[]
  >(
    `SELECT action, outcome, target_id FROM audit_events WHERE target_id = $1 ORDER BY occurred_at`,
    [refund.id],
  );
  expect(rows.map((row) => [row.action, row.outcome])).toEqual([
    ['createRefund', 'SUCCEEDED'],
    ['submitRefund', 'SUCCEEDED'],
  ]);
});
