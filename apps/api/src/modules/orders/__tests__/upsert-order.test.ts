import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import {
  addReturn,
  createCatalog,
  orderInput,
  orderTableCounts,
  UPSERT_ORDER,
} from './order-fixtures';

interface UpsertedOrder {
  created: boolean;
  changed: boolean;
  order: {
    id: string;
    externalId: string;
    deliveredAt: string | null;
    customer: { email: string; name: string };
    lines: {
      id: string;
      lineNo: number;
      skuCode: string;
      skuName: string;
      quantity: number;
      unitPrice: number;
      currency: string;
      quantityInReturns: number;
      returnableQuantity: number;
    }[];
  };
}

let database: TestDatabase;
let server: TestServer;
let support: TestClient;

async function upsert(input: Record<string, unknown>): Promise<UpsertedOrder> {
  const { upsertOrder } = await support.data<{ upsertOrder: UpsertedOrder }>(UPSERT_ORDER, {
    input,
  });
  return upsertOrder;
}

async function auditOf(
  orderId: string,
): Promise<{ outcome: string; before: unknown; after: unknown }[]> {
  return database.dataSource.query(
    `SELECT outcome, before, after FROM audit_events
     WHERE action = 'upsertOrder' AND target_id = $1 ORDER BY id`,
    [orderId],
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await createCatalog(database.dataSource);
  await createTestUser(database.dataSource, 'sue', ['SUPPORT']);
  support = await server.signIn('sue@rebound.test');
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

describe('upsertOrder records an order idempotently by channel and order number', () => {
  const input = orderInput({ externalId: ' 111-0000001-0000001 ' });

  test('the first call creates the order, its lines and its customer (email lower-cased, number trimmed)', async () => {
    const before = await orderTableCounts(database.dataSource);
    const result = await upsert(input);
    expect(result).toMatchObject({ created: true, changed: true });
    expect(result.order).toMatchObject({
      externalId: '111-0000001-0000001',
      deliveredAt: '2025-03-05T15:30:00.000Z',
      customer: { email: 'ann.lee@example.com', name: 'Ann Lee' },
    });
    expect(result.order.lines).toEqual([
      expect.objectContaining({
        lineNo: 1,
        skuCode: 'HP-T-001',
        skuName: 'Test kettle',
        quantity: 2,
        unitPrice: 4999,
        currency: 'USD',
        returnableQuantity: 2,
      }),
      expect.objectContaining({
        lineNo: 2,
        skuCode: 'HP-T-002',
        quantity: 1,
        returnableQuantity: 1,
      }),
    ]);
    expect(await orderTableCounts(database.dataSource)).toEqual({
      orders: before.orders + 1,
      orderLines: before.orderLines + 2,
      customers: before.customers + 1,
    });
    const [audit] = await auditOf(result.order.id);
    expect(audit).toMatchObject({
      outcome: 'SUCCEEDED',
      before: null,
      after: { externalId: '111-0000001-0000001' },
    });
  });

  test('the same input twice changes nothing and answers the same order with created: false', async () => {
    const first = await upsert(input);
    const counts = await orderTableCounts(database.dataSource);
    const again = await upsert(input);
    expect(again).toEqual({ ...first, created: false, changed: false });
    expect(await orderTableCounts(database.dataSource)).toEqual(counts);
  });

  test('a changed deliveredAt and customer name update the order in place, audited before and after', async () => {
    const { order } = await upsert(input);
    const counts = await orderTableCounts(database.dataSource);
    const changed = await upsert({
      ...input,
      deliveredAt: '2025-03-06T09:00:00.000Z',
      customer: { email: 'ann.lee@example.com', name: 'Ann Lee-Smith' },
    });
    expect(changed).toMatchObject({ created: false, changed: true });
    expect(changed.order).toMatchObject({
      id: order.id,
      deliveredAt: '2025-03-06T09:00:00.000Z',
      customer: { name: 'Ann Lee-Smith' },
    });
    expect(changed.order.lines.map((line) => line.id)).toEqual(order.lines.map((line) => line.id));
    expect(await orderTableCounts(database.dataSource)).toEqual(counts);
    const last = (await auditOf(order.id)).at(-1);
    expect(last).toMatchObject({
      before: { deliveredAt: '2025-03-05T15:30:00.000Z', customer: { name: 'Ann Lee' } },
      after: { deliveredAt: '2025-03-06T09:00:00.000Z', customer: { name: 'Ann Lee-Smith' } },
    });
  });

  test('lines are matched by lineNo: a changed line is updated, a new one added, one left out removed', async () => {
    const input2 = orderInput({ externalId: '111-0000002-0000002' });
    const { order } = await upsert(input2);
    const result = await upsert({
      ...input2,
      lines: [
        { lineNo: 2, skuCode: 'HP-T-002', quantity: 3, unitPrice: 1299, tax: 312, shipping: 0 },
        { lineNo: 3, skuCode: 'HP-T-001', quantity: 1, unitPrice: 4999, tax: 400, shipping: 0 },
      ],
    });
    expect(result.changed).toBe(true);
    expect(result.order.lines.map((line) => [line.lineNo, line.quantity])).toEqual([
      [2, 3],
      [3, 1],
    ]);
    expect(result.order.lines[0]?.id).toBe(order.lines[1]?.id);
  });

  test('a customer email seen before is the same customer, whatever its case', async () => {
    const before = await orderTableCounts(database.dataSource);
    const result = await upsert(
      orderInput({
        externalId: '111-0000003-0000003',
        customer: { email: 'ANN.LEE@example.com', name: 'Ann Lee-Smith' },
      }),
    );
    expect(result.order.customer.email).toBe('ann.lee@example.com');
    expect((await orderTableCounts(database.dataSource)).customers).toBe(before.customers);
  });

  test('orders of other channels take any order number, trimmed', async () => {
    const result = await upsert(orderInput({ channel: 'SHOPIFY', externalId: '  #1001 ' }));
    expect(result).toMatchObject({ created: true, order: { externalId: '#1001' } });
  });
});

describe('upsertOrder refuses bad input with a stable code and field path, changing nothing', () => {
  const line = {
    lineNo: 1,
    skuCode: 'HP-T-001',
    quantity: 1,
    unitPrice: 4999,
    tax: 0,
    shipping: 0,
  };
  test.each([
    [
      'an unknown SKU code is NOT_FOUND naming it',
      { lines: [{ ...line, skuCode: 'NOPE-1' }] },
      'NOT_FOUND',
      'input.lines[0].skuCode',
    ],
    [
      'a currency outside ISO 4217 is BAD_USER_INPUT',
      { currency: 'XYZ' },
      'BAD_USER_INPUT',
      'input.currency',
    ],
    [
      'quantity 0 is BAD_USER_INPUT',
      { lines: [{ ...line, quantity: 0 }] },
      'BAD_USER_INPUT',
      'input.lines[0].quantity',
    ],
    [
      'a negative unit price is BAD_USER_INPUT',
      { lines: [{ ...line, unitPrice: -1 }] },
      'BAD_USER_INPUT',
      'input.lines[0].unitPrice',
    ],
    [
      'a malformed Amazon order number is BAD_USER_INPUT',
      { externalId: '114-123-1234567' },
      'BAD_USER_INPUT',
      'input.externalId',
    ],
    [
      'a channel off the pattern is BAD_USER_INPUT',
      { channel: 'amazon-us' },
      'BAD_USER_INPUT',
      'input.channel',
    ],
    [
      'a malformed email is BAD_USER_INPUT',
      { customer: { email: 'not-an-email', name: 'X' } },
      'BAD_USER_INPUT',
      'input.customer.email',
    ],
    ['an order with no lines is BAD_USER_INPUT', { lines: [] }, 'BAD_USER_INPUT', 'input.lines'],
    [
      'a SKU listed in another currency is BAD_USER_INPUT',
      { lines: [line, { ...line, lineNo: 2, skuCode: 'HP-T-EU1' }] },
      'BAD_USER_INPUT',
      'input.lines[1].skuCode',
    ],
    [
      'a lineNo used twice is BAD_USER_INPUT',
      { lines: [line, { ...line, skuCode: 'HP-T-002' }] },
      'BAD_USER_INPUT',
      'input.lines[1].lineNo',
    ],
    [
      'a delivery before the order is BAD_USER_INPUT',
      { deliveredAt: '2025-02-01T00:00:00.000Z' },
      'BAD_USER_INPUT',
      'input.deliveredAt',
    ],
    [
      'a line too large to refund exactly is AMOUNT_OUT_OF_RANGE',
      { lines: [{ ...line, quantity: 2_000_000_000, unitPrice: 2_000_000_000 }] },
      'AMOUNT_OUT_OF_RANGE',
      'input.lines[0]',
    ],
  ])('%s', async (_rule, overrides, code, path) => {
    const counts = await orderTableCounts(database.dataSource);
    const { json } = await support.gql(UPSERT_ORDER, {
      input: orderInput({ externalId: '111-0000009-0000009', ...overrides }),
    });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code,
      fields: expect.arrayContaining([expect.objectContaining({ path })]) as unknown,
    });
    expect(await orderTableCounts(database.dataSource)).toEqual(counts);
  });

  test('a bad change to an existing order leaves it exactly as it was, and the refusal is audited', async () => {
    const input = orderInput({ externalId: '111-0000010-0000010' });
    const { order } = await upsert(input);
    const { json } = await support.gql(UPSERT_ORDER, {
      input: {
        ...input,
        deliveredAt: null,
        lines: [{ lineNo: 1, skuCode: 'GONE-9', quantity: 1, unitPrice: 1, tax: 0, shipping: 0 }],
      },
    });
    expect(json.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(json.errors?.[0]?.message).toContain('GONE-9');
    const again = await upsert(input);
    expect(again).toEqual({ created: false, changed: false, order });
    const [failed] = await database.dataSource.query<{ error_code: string }[]>(
      `SELECT error_code FROM audit_events WHERE action = 'upsertOrder' AND outcome = 'FAILED' ORDER BY id DESC LIMIT 1`,
    );
    expect(failed?.error_code).toBe('NOT_FOUND');
  });
});

describe('returns protect the lines they hold', () => {
  const input = orderInput({ externalId: '111-0000020-0000020' });
  let orderId: string;
  let kettleLineId: string;

  beforeAll(async () => {
    const { order } = await upsert(input);
    orderId = order.id;
    kettleLineId = order.lines[0]?.id ?? '';
    await addReturn(database.dataSource, orderId, kettleLineId, 2, 'AUTHORIZED');
    await addReturn(database.dataSource, orderId, kettleLineId, 1, 'CANCELLED');
  });

  test('returnableQuantity is delivered units minus units held by open or completed returns', async () => {
    const { order } = await upsert(input);
    expect(order.lines[0]).toMatchObject({
      quantity: 2,
      quantityInReturns: 2,
      returnableQuantity: 0,
    });
  });

  test('a quantity below the units returns hold is CONFLICT naming the line, changing nothing', async () => {
    const counts = await orderTableCounts(database.dataSource);
    const lines = input.lines as Record<string, unknown>[];
    const { json } = await support.gql(UPSERT_ORDER, {
      input: { ...input, lines: [{ ...lines[0], quantity: 1 }, lines[1]] },
    });
    expect(json.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Line 1') as unknown,
      extensions: { code: 'CONFLICT', lineNo: 1, unitsHeld: 2 },
    });
    expect(await orderTableCounts(database.dataSource)).toEqual(counts);
  });

  test('a line with returns cannot be removed (CONFLICT), but other lines can change', async () => {
    const lines = input.lines as Record<string, unknown>[];
    const removal = await support.gql(UPSERT_ORDER, { input: { ...input, lines: [lines[1]] } });
    expect(removal.json.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', lineNo: 1 });
    const raise = await upsert({ ...input, lines: [{ ...lines[0], quantity: 3 }, lines[1]] });
    expect(raise.order.lines[0]).toMatchObject({
      quantity: 3,
      quantityInReturns: 2,
      returnableQuantity: 1,
    });
  });

  test('the delivery of an order with returns cannot be cleared (CONFLICT)', async () => {
    const { json } = await support.gql(UPSERT_ORDER, { input: { ...input, deliveredAt: null } });
    expect(json.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'input.deliveredAt' }],
    });
  });
});
