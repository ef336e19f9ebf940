import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { databaseState } from './database-state';
import {
  ADD_NOTE,
  AUTHORIZE_RETURN,
  CANCEL_RETURN,
  COMPLETE_INSPECTION,
  INSPECT_RETURN_LINE,
  RECEIVE_RETURN,
  REJECT_RETURN,
  REQUEST_RETURN,
  RESOLVE_RETURN,
  SET_DISPOSITION,
  type ReturnView,
} from './return-documents';
import { createOrder, createReturnsWorld, daysAgo, signInTeam } from './return-fixtures';
import { oneLine, returnFlow, type Team } from './return-flow';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

let database: TestDatabase;
let server: TestServer;
let team: Team;
/** Ids of the fixtures the table refers to, filled before the rows run. */
const ids: Record<string, string> = {};
const id = (name: string): string => ids[name] ?? `missing fixture ${name}`;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  const world = await createReturnsWorld(database.dataSource);
  team = await signInTeam(database, server);
  const flow = returnFlow(database, world, team);
  const line = (sku = world.headphones) => ({ sku, quantity: 2, unitPriceMinor: 4999 });
  const fresh = await createOrder(database.dataSource, world, daysAgo(4), [
    line(),
    line(world.cable),
  ]);
  const other = await createOrder(database.dataSource, world, daysAgo(4), [line()]);
  const late = await createOrder(database.dataSource, world, new Date('2024-03-10T12:00:00Z'), [
    line(),
  ]);
  const undelivered = await createOrder(database.dataSource, world, null, [line()]);
  Object.assign(ids, {
    order: fresh.order.id,
    orderLine: fresh.lines[0]?.id,
    otherOrderLine: other.lines[0]?.id,
    lateOrder: late.order.id,
    lateLine: late.lines[0]?.id,
    undeliveredOrder: undelivered.order.id,
    undeliveredLine: undelivered.lines[0]?.id,
  });
  const requested = await flow.request(
    oneLine(other.order.id, other.lines[0]?.id ?? '', 'DEFECTIVE', 1),
  );
  ids.requested = requested.id;
  ids.requestedLine = requested.lines[0]?.id ?? '';
  const rejected = await flow.request(
    oneLine(other.order.id, other.lines[0]?.id ?? '', 'DEFECTIVE', 1),
  );
  await team.support.data(REJECT_RETURN, {
    input: { id: rejected.id, declineReason: 'DUPLICATE_REQUEST' },
  });
  ids.rejected = rejected.id;
  const received: ReturnView = await flow.toReceived({
    orderId: fresh.order.id,
    lines: fresh.lines.map((orderLine) => ({
      orderLineId: orderLine.id,
      quantity: 1,
      reasonCode: 'NO_LONGER_NEEDED',
    })),
  });
  ids.received = received.id;
  ids.receivedLine = received.lines[0]?.id ?? '';
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

interface RefusalRow {
  rule: string;
  as: keyof Omit<Team, 'supportId'>;
  document: string;
  input: () => Record<string, unknown>;
  code: string;
  /** The field the refusal points at (extensions.path or extensions.fields[].path). */
  path?: string;
  extensions?: Record<string, unknown>;
}

const request =
  (lines: () => unknown[], extra: Record<string, unknown> = {}) =>
  () => ({ orderId: id('order'), lines: lines(), ...extra });
const lineOf =
  (orderLineId: () => string, quantity = 1) =>
  () => [{ orderLineId: orderLineId(), quantity, reasonCode: 'DEFECTIVE' }];

const rows: RefusalRow[] = [
  {
    rule: 'requestReturn refuses an unknown order',
    as: 'support',
    document: REQUEST_RETURN,
    input: () => ({ orderId: NO_SUCH_ID, lines: lineOf(() => id('orderLine'))() }),
    code: 'NOT_FOUND',
  },
  {
    rule: 'requestReturn refuses an order id that is not an ID',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(
      lineOf(() => id('orderLine')),
      { orderId: 'nope' },
    ),
    code: 'BAD_USER_INPUT',
    path: 'input.orderId',
  },
  {
    rule: 'requestReturn refuses a request without lines',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(() => []),
    code: 'BAD_USER_INPUT',
    path: 'input.lines',
  },
  {
    rule: 'requestReturn refuses zero units',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(lineOf(() => id('orderLine'), 0)),
    code: 'BAD_USER_INPUT',
    path: 'input.lines[0].quantity',
  },
  {
    rule: 'requestReturn refuses a line of another order',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(lineOf(() => id('otherOrderLine'))),
    code: 'ORDER_LINE_NOT_IN_ORDER',
    path: 'input.lines[0].orderLineId',
  },
  {
    rule: 'requestReturn refuses more units than remain returnable',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(lineOf(() => id('orderLine'), 2)),
    code: 'QUANTITY_EXCEEDS_RETURNABLE',
    path: 'input.lines[0].quantity',
    extensions: { returnable: 1 },
  },
  {
    rule: 'requestReturn refuses the same order line twice',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(() => [...lineOf(() => id('orderLine'))(), ...lineOf(() => id('orderLine'))()]),
    code: 'DUPLICATE_RETURN_LINE',
  },
  {
    rule: 'requestReturn refuses an order not delivered yet',
    as: 'support',
    document: REQUEST_RETURN,
    input: () => ({
      orderId: id('undeliveredOrder'),
      lines: lineOf(() => id('undeliveredLine'))(),
    }),
    code: 'ORDER_NOT_DELIVERED',
  },
  {
    rule: 'requestReturn refuses a late request without an override',
    as: 'support',
    document: REQUEST_RETURN,
    input: () => ({ orderId: id('lateOrder'), lines: lineOf(() => id('lateLine'))() }),
    code: 'RETURN_WINDOW_EXPIRED',
    extensions: { lastDay: '2024-04-09' },
  },
  {
    rule: 'requestReturn refuses a late request whose override reason is too short',
    as: 'support',
    document: REQUEST_RETURN,
    input: () => ({
      orderId: id('lateOrder'),
      lines: lineOf(() => id('lateLine'))(),
      overrideReason: 'ok boss',
    }),
    code: 'OVERRIDE_REASON_TOO_SHORT',
    path: 'input.overrideReason',
  },
  {
    rule: 'requestReturn refuses a request time in the future',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(
      lineOf(() => id('orderLine')),
      { requestedAt: new Date(Date.now() + 86_400_000).toISOString() },
    ),
    code: 'BAD_USER_INPUT',
    path: 'input.requestedAt',
  },
  {
    rule: 'requestReturn refuses a shipping receipt in another currency than the order',
    as: 'support',
    document: REQUEST_RETURN,
    input: request(
      lineOf(() => id('orderLine')),
      { customerShippingPaid: { amount: 700, currency: 'EUR' } },
    ),
    code: 'CURRENCY_MISMATCH',
    path: 'input.customerShippingPaid.currency',
  },
  {
    rule: 'requestReturn is not for the warehouse',
    as: 'warehouse',
    document: REQUEST_RETURN,
    input: request(lineOf(() => id('orderLine'))),
    code: 'FORBIDDEN',
  },
  {
    rule: 'authorizeReturn refuses an unknown return',
    as: 'support',
    document: AUTHORIZE_RETURN,
    input: () => ({ id: NO_SUCH_ID }),
    code: 'NOT_FOUND',
  },
  {
    rule: 'authorizeReturn names both states when the return is not REQUESTED',
    as: 'support',
    document: AUTHORIZE_RETURN,
    input: () => ({ id: id('rejected') }),
    code: 'INVALID_TRANSITION',
    extensions: {
      from: 'REJECTED',
      to: 'AUTHORIZED',
      event: 'authorize',
      allowedFrom: ['REQUESTED'],
    },
  },
  {
    rule: 'authorizeReturn is not for finance',
    as: 'finance',
    document: AUTHORIZE_RETURN,
    input: () => ({ id: id('requested') }),
    code: 'FORBIDDEN',
  },
  {
    rule: 'rejectReturn with OTHER needs a note',
    as: 'support',
    document: REJECT_RETURN,
    input: () => ({ id: id('requested'), declineReason: 'OTHER', note: '   ' }),
    code: 'DECLINE_NOTE_REQUIRED',
  },
  {
    rule: 'cancelReturn needs a reason',
    as: 'support',
    document: CANCEL_RETURN,
    input: () => ({ id: id('requested'), reason: '  ' }),
    code: 'BAD_USER_INPUT',
    path: 'input.reason',
  },
  {
    rule: 'cancelReturn refuses a received return',
    as: 'support',
    document: CANCEL_RETURN,
    input: () => ({ id: id('received'), reason: 'Too late' }),
    code: 'INVALID_TRANSITION',
    extensions: { from: 'RECEIVED', to: 'CANCELLED' },
  },
  {
    rule: 'receiveReturn refuses a return without a label',
    as: 'warehouse',
    document: RECEIVE_RETURN,
    input: () => ({ id: id('requested') }),
    code: 'INVALID_TRANSITION',
    extensions: { from: 'REQUESTED', to: 'RECEIVED' },
  },
  {
    rule: 'receiveReturn is not for support',
    as: 'support',
    document: RECEIVE_RETURN,
    input: () => ({ id: id('requested') }),
    code: 'FORBIDDEN',
  },
  {
    rule: 'inspectReturnLine refuses a line whose return is not RECEIVED',
    as: 'warehouse',
    document: INSPECT_RETURN_LINE,
    input: () => ({ returnLineId: id('requestedLine'), grade: 'NEW' }),
    code: 'INVALID_TRANSITION',
    extensions: { from: 'REQUESTED', allowedFrom: ['RECEIVED'] },
  },
  {
    rule: 'inspectReturnLine refuses an unknown line',
    as: 'warehouse',
    document: INSPECT_RETURN_LINE,
    input: () => ({ returnLineId: NO_SUCH_ID, grade: 'NEW' }),
    code: 'NOT_FOUND',
  },
  {
    rule: 'inspectReturnLine refuses more than 10 photos',
    as: 'warehouse',
    document: INSPECT_RETURN_LINE,
    input: () => ({
      returnLineId: id('receivedLine'),
      grade: 'NEW',
      photoUrls: Array.from({ length: 11 }, (_, n) => `https://photos.test/${n}.jpg`),
    }),
    code: 'BAD_USER_INPUT',
    path: 'input.photoUrls',
  },
  {
    rule: 'inspectReturnLine refuses a photo that is not an http(s) URL',
    as: 'warehouse',
    document: INSPECT_RETURN_LINE,
    input: () => ({
      returnLineId: id('receivedLine'),
      grade: 'NEW',
      photoUrls: ['file:///etc/passwd'],
    }),
    code: 'BAD_USER_INPUT',
    path: 'input.photoUrls',
  },
  {
    rule: 'inspectReturnLine refuses HOLD for an item that is present',
    as: 'warehouse',
    document: INSPECT_RETURN_LINE,
    input: () => ({ returnLineId: id('receivedLine'), grade: 'NEW', disposition: 'HOLD' }),
    code: 'DISPOSITION_OVERRIDE_NOT_ALLOWED',
    path: 'input.disposition',
  },
  {
    rule: 'setDisposition refuses a line that has no grade yet',
    as: 'warehouse',
    document: SET_DISPOSITION,
    input: () => ({ returnLineId: id('receivedLine'), disposition: 'DISPOSE', reason: 'Broken' }),
    code: 'INSPECTION_INCOMPLETE',
  },
  {
    rule: 'completeInspection refuses while a line is ungraded',
    as: 'warehouse',
    document: COMPLETE_INSPECTION,
    input: () => ({ id: id('received') }),
    code: 'INSPECTION_INCOMPLETE',
  },
  {
    rule: 'resolveReturn by DECLINE needs a decline reason',
    as: 'support',
    document: RESOLVE_RETURN,
    input: () => ({ id: id('received'), resolution: 'DECLINE' }),
    code: 'BAD_USER_INPUT',
    path: 'input.declineReason',
  },
  {
    rule: 'resolveReturn refuses a return not yet INSPECTED',
    as: 'support',
    document: RESOLVE_RETURN,
    input: () => ({ id: id('received'), resolution: 'REPLACEMENT', replacementOrderId: 'R-1' }),
    code: 'INVALID_TRANSITION',
    extensions: { from: 'RECEIVED', to: 'COMPLETED' },
  },
  {
    rule: 'addNote refuses a blank body',
    as: 'support',
    document: ADD_NOTE,
    input: () => ({ returnId: id('requested'), visibility: 'INTERNAL', body: ' \n ' }),
    code: 'BAD_USER_INPUT',
    path: 'input.body',
  },
  {
    rule: 'addNote refuses an unknown return',
    as: 'support',
    document: ADD_NOTE,
    input: () => ({ returnId: NO_SUCH_ID, visibility: 'INTERNAL', body: 'Hello' }),
    code: 'NOT_FOUND',
  },
];

function client(row: RefusalRow): TestClient {
  return team[row.as];
}

test.each(rows)('$rule: $code, and the database is left exactly as it was', async (row) => {
  const before = await databaseState(database.dataSource);
  const { json } = await client(row).gql(row.document, { input: row.input() });
  const [error] = json.errors ?? [];
  expect(json.errors).toHaveLength(1);
  expect(error?.extensions?.code).toBe(row.code);
  expect(error?.message.length).toBeGreaterThan(10);
  if (row.extensions !== undefined) expect(error?.extensions).toMatchObject(row.extensions);
  if (row.path !== undefined) {
    const fields = (error?.extensions?.fields ?? []) as { path: string }[];
    expect([error?.extensions?.path, ...fields.map((field) => field.path)]).toContain(row.path);
  }
  expect(await databaseState(database.dataSource)).toEqual(before);
});

test('a refused transition names both states in its message', async () => {
  const { json } = await team.support.gql(AUTHORIZE_RETURN, { input: { id: id('rejected') } });
  expect(json.errors?.[0]?.message).toMatch(/REJECTED.*AUTHORIZED/);
});

test('a refusal inside a mutation is audited as FAILED with its code, after the rollback', async () => {
  await team.support.gql(AUTHORIZE_RETURN, { input: { id: id('rejected') } });
  const [audit] = await database.dataSource.query<{ outcome: string; error_code: string }[]>(
    `SELECT outcome, error_code FROM audit_events WHERE action = 'authorizeReturn' AND target_id = $1 ORDER BY id DESC LIMIT 1`,
    [id('rejected')],
  );
  expect(audit).toEqual({ outcome: 'FAILED', error_code: 'INVALID_TRANSITION' });
});
