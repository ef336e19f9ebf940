import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { errorCodes } from './database-state';
import {
  ADD_NOTE,
  CANCEL_RETURN,
  REJECT_RETURN,
  REQUEST_RETURN,
  RESOLVE_RETURNLESS,
  RETURN_BY_ID,
  RETURN_BY_RMA,
  type ReturnView,
} from './return-documents';
import {
  createOrder,
  createReturnsWorld,
  daysAgo,
  signInTeam,
  type ReturnsWorld,
} from './return-fixtures';
import { oneLine, returnFlow, type Team } from './return-flow';

let database: TestDatabase;
let server: TestServer;
let world: ReturnsWorld;
let team: Team;
let flow: ReturnType<typeof returnFlow>;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  world = await createReturnsWorld(database.dataSource);
  team = await signInTeam(database, server);
  flow = returnFlow(database, world, team);
});

afterAll(async () => {
  await server.close();
  await database.drop();
});

async function headphonesOrder(deliveredAt: Date | null, quantity = 2) {
  const { order, lines } = await createOrder(database.dataSource, world, deliveredAt, [
    { sku: world.headphones, quantity, unitPriceMinor: 4999, taxMinor: 800 },
  ]);
  return { orderId: order.id, lineId: lines[0]?.id ?? '' };
}

test('a request after the window is refused with RETURN_WINDOW_EXPIRED, then accepted with a written override that is stored and audited', async () => {
  const { orderId, lineId } = await headphonesOrder(new Date('2024-03-10T15:00:00Z'));
  const late = await team.support.gql(REQUEST_RETURN, {
    input: oneLine(orderId, lineId, 'DEFECTIVE'),
  });
  expect(late.json.errors?.[0]?.extensions).toMatchObject({
    code: 'RETURN_WINDOW_EXPIRED',
    lastDay: '2024-04-09',
  });

  const accepted = await flow.request({
    ...oneLine(orderId, lineId, 'DEFECTIVE'),
    overrideReason: '  Customer was in hospital for six weeks  ',
  });
  expect(accepted.policyVerdict).toMatchObject({
    withinWindow: false,
    acceptedByOverride: true,
    overrideReason: 'Customer was in hospital for six weeks',
    lines: [
      {
        orderLineId: lineId,
        withinWindow: false,
        windowDays: 30,
        lastDay: '2024-04-09',
        returnableQuantity: 2,
      },
    ],
  });
  const audit = await database.dataSource.query<{ after: { overrideReason: string } }[]>(
    `SELECT after FROM audit_events WHERE action = 'requestReturn' AND outcome = 'SUCCEEDED' AND target_id = $1`,
    [accepted.id],
  );
  expect(audit[0]?.after.overrideReason).toBe('Customer was in hospital for six weeks');

  const authorized = await flow.authorize(accepted.id);
  const step = authorized.timeline.find((entry) => entry.kind === 'authorize');
  expect(JSON.parse(step?.details ?? '{}')).toEqual({
    overrideReason: 'Customer was in hospital for six weeks',
  });
});

test('a return requested earlier than now starts its first-response clock then, is overdue after 24 h, and the answer stops the clock', async () => {
  const { orderId, lineId } = await headphonesOrder(daysAgo(10));
  const requested = await flow.request({
    ...oneLine(orderId, lineId, 'NO_LONGER_NEEDED'),
    requestedAt: daysAgo(2).toISOString(),
  });
  expect(requested).toMatchObject({
    firstResponseOverdue: true,
    overdue: true,
    refundOverdue: false,
  });
  const authorized = await flow.authorize(requested.id);
  expect(authorized).toMatchObject({ firstResponseOverdue: false, overdue: false });
});

test('cancelling a requested return records the reason and releases its units for a new request', async () => {
  const { orderId, lineId } = await headphonesOrder(daysAgo(3), 1);
  const first = await flow.request(oneLine(orderId, lineId, 'NO_LONGER_NEEDED'));
  expect(
    await errorCodes(team.support, REQUEST_RETURN, {
      input: oneLine(orderId, lineId, 'NO_LONGER_NEEDED'),
    }),
  ).toEqual(['QUANTITY_EXCEEDS_RETURNABLE']);
  const { cancelReturn } = await team.support.data<{ cancelReturn: ReturnView }>(CANCEL_RETURN, {
    input: { id: first.id, reason: 'Customer withdrew the request' },
  });
  expect(cancelReturn.status).toBe('CANCELLED');
  expect(cancelReturn.firstResponseAt).not.toBeNull();
  expect(cancelReturn.completedAt).not.toBeNull();
  expect(JSON.parse(cancelReturn.timeline.at(-1)?.details ?? '{}')).toEqual({
    reason: 'Customer withdrew the request',
  });
  const second = await flow.request(oneLine(orderId, lineId, 'NO_LONGER_NEEDED'));
  expect(second.policyVerdict.lines[0]?.returnableQuantity).toBe(1);
});

test('an authorized return can be cancelled too', async () => {
  const { orderId, lineId } = await headphonesOrder(daysAgo(3));
  const requested = await flow.request(oneLine(orderId, lineId, 'BETTER_PRICE'));
  await flow.authorize(requested.id);
  const { cancelReturn } = await team.admin.data<{ cancelReturn: ReturnView }>(CANCEL_RETURN, {
    input: { id: requested.id, reason: 'Customer kept it' },
  });
  expect(cancelReturn.status).toBe('CANCELLED');
});

test('rejecting with OTHER needs a note; with one, the return is REJECTED with its decline reason and note', async () => {
  const { orderId, lineId } = await headphonesOrder(daysAgo(3));
  const requested = await flow.request(oneLine(orderId, lineId, 'ACCIDENTAL_ORDER'));
  expect(
    await errorCodes(team.support, REJECT_RETURN, {
      input: { id: requested.id, declineReason: 'OTHER' },
    }),
  ).toEqual(['DECLINE_NOTE_REQUIRED']);
  const { rejectReturn } = await team.support.data<{ rejectReturn: ReturnView }>(REJECT_RETURN, {
    input: { id: requested.id, declineReason: 'OTHER', note: 'Personalised item' },
  });
  expect(rejectReturn).toMatchObject({
    status: 'REJECTED',
    declineReason: 'OTHER',
    declineNote: 'Personalised item',
  });
  expect(rejectReturn.firstResponseAt).not.toBeNull();
});

test('returnless: a cheap supplier-fault item is eligible (and waits for an issued refund), a customer-fault or costly one is refused with the reasons', async () => {
  const { order, lines } = await createOrder(database.dataSource, world, daysAgo(3), [
    { sku: world.cable, quantity: 1, unitPriceMinor: 899, taxMinor: 72 },
    { sku: world.cable, quantity: 1, unitPriceMinor: 899, taxMinor: 72 },
    { sku: world.headphones, quantity: 1, unitPriceMinor: 4999 },
  ]);
  const [cheap, cheapToo, costly] = lines.map((line) => line.id);
  const eligible = await flow.authorize(
    (await flow.request(oneLine(order.id, cheap ?? '', 'DEFECTIVE'))).id,
  );
  expect(eligible.returnlessEligibility).toEqual({
    eligible: true,
    threshold: { amount: 1000, currency: 'USD' },
    lines: [
      {
        returnLineId: eligible.lines[0]?.id,
        itemValue: { amount: 971, currency: 'USD' },
        fault: 'SUPPLIER',
        refusals: [],
      },
    ],
  });
  expect(
    await errorCodes(team.support, RESOLVE_RETURNLESS, { input: { id: eligible.id } }),
  ).toEqual(['REFUND_NOT_ISSUED']);

  const customerFault = await flow.authorize(
    (await flow.request(oneLine(order.id, cheapToo ?? '', 'NO_LONGER_NEEDED'))).id,
  );
  expect(customerFault.returnlessEligibility?.lines[0]?.refusals).toEqual(['CUSTOMER_FAULT']);
  const refusal = await team.support.gql(RESOLVE_RETURNLESS, { input: { id: customerFault.id } });
  expect(refusal.json.errors?.[0]?.extensions).toMatchObject({
    code: 'RETURNLESS_NOT_ELIGIBLE',
    refusals: ['CUSTOMER_FAULT'],
  });

  const expensive = await flow.authorize(
    (await flow.request(oneLine(order.id, costly ?? '', 'DEFECTIVE'))).id,
  );
  expect(expensive.returnlessEligibility?.eligible).toBe(false);
  expect(
    await errorCodes(team.support, RESOLVE_RETURNLESS, { input: { id: expensive.id } }),
  ).toEqual(['RETURNLESS_NOT_ELIGIBLE']);

  const after = await team.support.data<{ return: ReturnView }>(RETURN_BY_ID, { id: eligible.id });
  expect(after.return).toMatchObject({ status: 'AUTHORIZED', returnless: false });
});

test('notes are added by any signed-in user, listed on the return and merged into its timeline', async () => {
  const { orderId, lineId } = await headphonesOrder(daysAgo(3));
  const requested = await flow.request(oneLine(orderId, lineId, 'DEFECTIVE'));
  await team.finance.data(ADD_NOTE, {
    input: { returnId: requested.id, visibility: 'INTERNAL', body: 'Check the card' },
  });
  const { addNote } = await team.support.data<{ addNote: ReturnView }>(ADD_NOTE, {
    input: { returnId: requested.id, visibility: 'CUSTOMER', body: 'We will send a label today.' },
  });
  expect(addNote.notes.map((note) => [note.visibility, note.body])).toEqual([
    ['INTERNAL', 'Check the card'],
    ['CUSTOMER', 'We will send a label today.'],
  ]);
  expect(addNote.timeline.map((entry) => [entry.kind, entry.note?.body ?? null])).toEqual([
    ['request', null],
    ['note', 'Check the card'],
    ['note', 'We will send a label today.'],
  ]);
  expect(addNote.timeline[0]?.actorName).toMatch(/^support-/);
});

test('return(id) and returnByRma find one return with its lines and timeline, and answer null for one that does not exist', async () => {
  const { orderId, lineId } = await headphonesOrder(daysAgo(3));
  const requested = await flow.request(oneLine(orderId, lineId, 'DEFECTIVE'));
  const byRma = await team.warehouse.data<{ returnByRma: ReturnView }>(RETURN_BY_RMA, {
    rma: requested.rmaNumber.toLowerCase(),
  });
  expect(byRma.returnByRma).toEqual(requested);
  const byId = await team.finance.data<{ return: ReturnView }>(RETURN_BY_ID, { id: requested.id });
  expect(byId.return.id).toBe(requested.id);
  expect(
    await team.support.data(RETURN_BY_ID, { id: '00000000-0000-4000-8000-000000000000' }),
  ).toEqual({ return: null });
  expect(await team.support.data(RETURN_BY_ID, { id: 'not-an-id' })).toEqual({ return: null });
  expect(await team.support.data(RETURN_BY_RMA, { rma: 'RMA-999999999' })).toEqual({
    returnByRma: null,
  });
});

test('returnPolicy shows the policy in force: 30-day window, holiday rule, supplier windows and the returnless threshold per currency', async () => {
  await database.dataSource.query('UPDATE suppliers SET return_window_days = 60 WHERE id = $1', [
    world.supplier.id,
  ]);
  const { returnPolicy } = await team.warehouse.data<{
    returnPolicy: {
      windowDays: number;
      holidayExtension: boolean;
      timeZone: string;
      overrideReasonMinLength: number;
      windowOverrides: unknown[];
      returnlessThresholds: { amount: number; currency: string }[];
      firstResponseHours: number;
      refundBusinessDays: number;
    };
  }>(
    '{ returnPolicy { windowDays holidayExtension timeZone overrideReasonMinLength windowOverrides { scope id days } returnlessThresholds { amount currency } firstResponseHours refundBusinessDays } }',
  );
  await database.dataSource.query('UPDATE suppliers SET return_window_days = NULL WHERE id = $1', [
    world.supplier.id,
  ]);
  expect(returnPolicy).toMatchObject({
    windowDays: 30,
    holidayExtension: true,
    timeZone: 'UTC',
    overrideReasonMinLength: 10,
    firstResponseHours: 24,
    refundBusinessDays: 2,
  });
  expect(returnPolicy.windowOverrides).toEqual([
    { scope: 'SUPPLIER', id: world.supplier.id, days: 60 },
  ]);
  expect(returnPolicy.returnlessThresholds).toEqual(
    expect.arrayContaining([
      { amount: 1000, currency: 'USD' },
      { amount: 10, currency: 'JPY' },
      { amount: 10000, currency: 'KWD' },
    ]),
  );
});
