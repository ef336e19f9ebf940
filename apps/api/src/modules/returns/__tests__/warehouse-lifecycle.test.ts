import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { errorCodes, stockOf } from './database-state';
import { RESOLVE_RETURN, SET_DISPOSITION, type ReturnView } from './return-documents';
import {
  createOrder,
  createReturnsWorld,
  daysAgo,
  issueLabel,
  signInTeam,
  type ReturnsWorld,
} from './return-fixtures';
import { movementsOf, oneLine, receivingLocation, returnFlow, type Team } from './return-flow';

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

function lineOf(view: ReturnView): ReturnView['lines'][number] {
  const [line] = view.lines;
  if (line === undefined) throw new Error('the return has no line');
  return line;
}

async function receivedReturn(reasonCode: string, quantity = 1): Promise<ReturnView> {
  const { order, lines } = await createOrder(database.dataSource, world, daysAgo(5), [
    { sku: world.headphones, quantity: 2, unitPriceMinor: 4999, taxMinor: 801, shippingMinor: 599 },
  ]);
  return flow.toReceived(oneLine(order.id, lines[0]?.id ?? '', reasonCode, quantity));
}

test('an in-policy customer-fault return goes request → authorize → label → receive → inspect NEW → complete, and restocks its units as sellable', async () => {
  const { order, lines } = await createOrder(database.dataSource, world, daysAgo(5), [
    { sku: world.headphones, quantity: 2, unitPriceMinor: 4999 },
  ]);
  const requested = await flow.request({
    orderId: order.id,
    lines: [
      {
        orderLineId: lines[0]?.id,
        quantity: 2,
        reasonCode: 'NO_LONGER_NEEDED',
        customerComment: 'Changed my mind',
      },
    ],
  });
  expect(requested).toMatchObject({
    status: 'REQUESTED',
    externalOrderId: order.externalId,
    channel: 'AMAZON',
    currency: 'USD',
  });
  expect(requested.rmaNumber).toMatch(/^RMA-\d{6,}$/);
  expect(requested.policyVerdict).toMatchObject({
    withinWindow: true,
    acceptedByOverride: false,
    overrideReason: null,
  });
  expect(lineOf(requested)).toMatchObject({
    reasonFault: 'CUSTOMER',
    reasonText: 'No longer needed or wanted',
    customerComment: 'Changed my mind',
    inspection: null,
    disposition: null,
  });
  expect(Date.parse(requested.firstResponseDueAt) - Date.parse(requested.requestedAt)).toBe(
    24 * 3_600_000,
  );

  const authorized = await flow.authorize(requested.id);
  expect(authorized).toMatchObject({ status: 'AUTHORIZED', firstResponseOverdue: false });
  expect(authorized.firstResponseAt).not.toBeNull();
  expect(authorized.authorizedAt).not.toBeNull();

  await issueLabel(database, team.support, team.supportId, requested.id, world.centre);
  const received = await flow.receive(requested.id);
  expect(received.status).toBe('RECEIVED');
  expect(Date.parse(received.refundDueAt ?? '')).toBeGreaterThan(
    Date.parse(received.receivedAt ?? ''),
  );

  const inspected = await flow.inspect(lineOf(received).id, 'NEW', {
    notes: 'sealed',
    photoUrls: ['https://photos.test/1.jpg'],
  });
  expect(inspected.status).toBe('RECEIVED');
  expect(lineOf(inspected)).toMatchObject({ disposition: 'RESTOCK', dispositionOverridden: false });
  expect(lineOf(inspected).inspection).toMatchObject({
    grade: 'NEW',
    fault: 'CUSTOMER',
    faultOverridden: false,
    notes: 'sealed',
    photoUrls: ['https://photos.test/1.jpg'],
  });

  const locationId = await receivingLocation(database, requested.id);
  const before = await stockOf(database.dataSource, world.headphones.id, locationId);
  const completed = await flow.complete(requested.id);
  expect(completed.status).toBe('INSPECTED');
  expect(await stockOf(database.dataSource, world.headphones.id, locationId)).toEqual({
    sellable: before.sellable + 2,
    quarantine: before.quarantine,
  });
  expect(await movementsOf(database, requested.id)).toEqual([
    expect.objectContaining({
      kind: 'RETURN_RESTOCK',
      units: 2,
      sellableDelta: 2,
      quarantineDelta: 0,
      returnLineId: lineOf(completed).id,
    }),
  ]);
  expect(completed.timeline.map((entry) => entry.kind)).toEqual([
    'request',
    'authorize',
    'issueLabel',
    'receive',
    'inspectLine',
    'inspect',
  ]);
});

test('a supplier-fault DEFECTIVE line goes back to the supplier: a RETURN_TO_SUPPLIER movement with units, the supplier and no change to the levels', async () => {
  const received = await receivedReturn('DEFECTIVE', 2);
  const inspected = await flow.inspect(lineOf(received).id, 'DEFECTIVE');
  expect(lineOf(inspected)).toMatchObject({
    disposition: 'RETURN_TO_SUPPLIER',
    inspection: { fault: 'SUPPLIER' },
  });
  const locationId = await receivingLocation(database, received.id);
  const before = await stockOf(database.dataSource, world.headphones.id, locationId);
  await flow.complete(received.id);
  expect(await movementsOf(database, received.id)).toEqual([
    expect.objectContaining({
      kind: 'RETURN_TO_SUPPLIER',
      units: 2,
      sellableDelta: 0,
      quarantineDelta: 0,
      supplierId: world.supplier.id,
      locationId,
    }),
  ]);
  expect(await stockOf(database.dataSource, world.headphones.id, locationId)).toEqual(before);
});

test('an item damaged by the customer turns a DEFECTIVE claim into CUSTOMER fault and is disposed of as a WRITE_OFF', async () => {
  const received = await receivedReturn('DEFECTIVE');
  const inspected = await flow.inspect(lineOf(received).id, 'DAMAGED_BY_CUSTOMER');
  expect(lineOf(inspected)).toMatchObject({
    disposition: 'DISPOSE',
    inspection: { grade: 'DAMAGED_BY_CUSTOMER', fault: 'CUSTOMER', faultOverridden: false },
  });
  await flow.complete(received.id);
  expect(await movementsOf(database, received.id)).toEqual([
    expect.objectContaining({ kind: 'WRITE_OFF', units: 1, sellableDelta: 0, quarantineDelta: 0 }),
  ]);
});

test('an OPENED item is quarantined for refurbishing', async () => {
  const received = await receivedReturn('WRONG_SIZE_SMALL');
  await flow.inspect(lineOf(received).id, 'OPENED');
  const locationId = await receivingLocation(database, received.id);
  const before = await stockOf(database.dataSource, world.headphones.id, locationId);
  await flow.complete(received.id);
  expect(await stockOf(database.dataSource, world.headphones.id, locationId)).toEqual({
    sellable: before.sellable,
    quarantine: before.quarantine + 1,
  });
});

test('re-inspecting a line replaces its inspection, setDisposition overrides the default with a reason, and completion books the final disposition', async () => {
  const received = await receivedReturn('NO_LONGER_NEEDED');
  const lineId = lineOf(received).id;
  await flow.inspect(lineId, 'NEW');
  const reinspected = await flow.inspect(lineId, 'OPENED', { fault: 'SELLER' });
  expect(lineOf(reinspected)).toMatchObject({
    disposition: 'REFURBISH',
    inspection: { grade: 'OPENED', fault: 'SELLER', faultOverridden: true },
  });
  expect(
    await database.dataSource.query(
      'SELECT count(*)::int AS n FROM inspections WHERE return_line_id = $1',
      [lineId],
    ),
  ).toEqual([{ n: 1 }]);

  const { setDisposition } = await team.warehouse.data<{ setDisposition: ReturnView }>(
    SET_DISPOSITION,
    {
      input: {
        returnLineId: lineId,
        disposition: 'RESTOCK',
        reason: 'Only the outer box was opened',
      },
    },
  );
  expect(lineOf(setDisposition)).toMatchObject({
    disposition: 'RESTOCK',
    dispositionOverridden: true,
  });
  const step = setDisposition.timeline.find((entry) => entry.kind === 'setDisposition');
  expect(JSON.parse(step?.details ?? '{}')).toMatchObject({
    from: 'REFURBISH',
    to: 'RESTOCK',
    reason: 'Only the outer box was opened',
  });
  expect(
    await errorCodes(team.warehouse, SET_DISPOSITION, {
      input: { returnLineId: lineId, disposition: 'HOLD', reason: 'Keep it' },
    }),
  ).toEqual(['DISPOSITION_OVERRIDE_NOT_ALLOWED']);

  await flow.complete(received.id);
  expect(await movementsOf(database, received.id)).toEqual([
    expect.objectContaining({ kind: 'RETURN_RESTOCK', units: 1 }),
  ]);
});

test('a wrong item returned is held: nothing moves when inspection completes', async () => {
  const received = await receivedReturn('WRONG_ITEM');
  const inspected = await flow.inspect(lineOf(received).id, 'WRONG_ITEM_RETURNED');
  expect(lineOf(inspected).disposition).toBe('HOLD');
  const completed = await flow.complete(received.id);
  expect(completed.status).toBe('INSPECTED');
  expect(await movementsOf(database, received.id)).toEqual([]);
});

test('an inspected return completes by REPLACEMENT once the replacement order is given, and REFUND waits for an issued refund', async () => {
  const received = await receivedReturn('DEFECTIVE');
  await flow.inspect(lineOf(received).id, 'DEFECTIVE');
  await flow.complete(received.id);
  expect(
    await errorCodes(team.support, RESOLVE_RETURN, {
      input: { id: received.id, resolution: 'REFUND' },
    }),
  ).toEqual(['REFUND_NOT_ISSUED']);
  expect(
    await errorCodes(team.support, RESOLVE_RETURN, {
      input: { id: received.id, resolution: 'REPLACEMENT' },
    }),
  ).toEqual(['REPLACEMENT_NOT_RECORDED']);
  const { resolveReturn } = await team.support.data<{ resolveReturn: ReturnView }>(RESOLVE_RETURN, {
    input: {
      id: received.id,
      resolution: 'REPLACEMENT',
      replacementOrderId: '114-7654321-7654321',
    },
  });
  expect(resolveReturn).toMatchObject({
    status: 'COMPLETED',
    resolution: 'REPLACEMENT',
    replacementOrderId: '114-7654321-7654321',
  });
  expect(resolveReturn.completedAt).not.toBeNull();
});

test('an inspected return can be declined at resolution with a reason and a note', async () => {
  const received = await receivedReturn('NO_LONGER_NEEDED');
  await flow.inspect(lineOf(received).id, 'DAMAGED_BY_CUSTOMER');
  await flow.complete(received.id);
  const { resolveReturn } = await team.support.data<{ resolveReturn: ReturnView }>(RESOLVE_RETURN, {
    input: {
      id: received.id,
      resolution: 'DECLINE',
      declineReason: 'ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION',
      note: 'Screen cracked',
    },
  });
  expect(resolveReturn).toMatchObject({
    status: 'COMPLETED',
    resolution: 'DECLINE',
    declineReason: 'ITEM_NOT_RETURNED_IN_ORIGINAL_CONDITION',
    declineNote: 'Screen cracked',
  });
});
