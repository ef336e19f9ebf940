import { userActor } from '@rebound/domain';
import { runMutation } from '../../../common/run-mutation';
import type { RequestContext } from '../../../context';
import {
  createTestDatabase,
  describeWithServer,
  type TestDatabase,
} from '../../../testing/test-database';
import { startTestServer, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import { moveStock } from '../../inventory/stock-ledger';
import { stockOf } from './database-state';
import { AUTHORIZE_RETURN, COMPLETE_INSPECTION, REQUEST_RETURN } from './return-documents';
import {
  createOrder,
  createReturnsWorld,
  daysAgo,
  signInTeam,
  type ReturnsWorld,
} from './return-fixtures';
import { movementsOf, oneLine, receivingLocation, returnFlow, type Team } from './return-flow';

describeWithServer('returns under concurrent requests (real PostgreSQL)', () => {
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

  async function freshOrder() {
    const { order, lines } = await createOrder(database.dataSource, world, daysAgo(4), [
      { sku: world.headphones, quantity: 3, unitPriceMinor: 4999 },
    ]);
    return { orderId: order.id, lineId: lines[0]?.id ?? '' };
  }

  test('of 20 simultaneous authorizations of one return exactly one wins; the 19 others are refused as CONFLICT or INVALID_TRANSITION from AUTHORIZED, with one timeline entry and 20 audit events', async () => {
    const { orderId, lineId } = await freshOrder();
    const requested = await flow.request(oneLine(orderId, lineId, 'NO_LONGER_NEEDED'));
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        team.support.gql(AUTHORIZE_RETURN, { input: { id: requested.id } }),
      ),
    );
    const refusals = answers.flatMap(({ json }) => json.errors ?? []);
    expect(answers.filter(({ json }) => json.errors === undefined)).toHaveLength(1);
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) {
      const { code, from } = refusal.extensions ?? {};
      expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(code);
      if (code === 'INVALID_TRANSITION') expect(from).toBe('AUTHORIZED');
    }
    const [entries] = await database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM return_events WHERE return_id = $1 AND kind = 'authorize'`,
      [requested.id],
    );
    expect(entries?.n).toBe(1);
    const audit = await database.dataSource.query<{ outcome: string; n: number }[]>(
      `SELECT outcome, count(*)::int AS n FROM audit_events WHERE action = 'authorizeReturn' AND target_id = $1 GROUP BY outcome ORDER BY outcome`,
      [requested.id],
    );
    expect(audit).toEqual([
      { outcome: 'FAILED', n: 19 },
      { outcome: 'SUCCEEDED', n: 1 },
    ]);
    const [row] = await database.dataSource.query<{ status: string; version: number }[]>(
      'SELECT status, version FROM returns WHERE id = $1',
      [requested.id],
    );
    expect(row).toEqual({ status: 'AUTHORIZED', version: 2 });
  });

  test('of 5 simultaneous requests for the last returnable unit only one is accepted; the others get QUANTITY_EXCEEDS_RETURNABLE', async () => {
    const { orderId, lineId } = await freshOrder();
    await flow.request(oneLine(orderId, lineId, 'NO_LONGER_NEEDED', 2));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        team.support.gql(REQUEST_RETURN, { input: oneLine(orderId, lineId, 'DEFECTIVE') }),
      ),
    );
    const codes = answers.flatMap(({ json }) =>
      (json.errors ?? []).map((error) => error.extensions?.code),
    );
    expect(answers.filter(({ json }) => json.errors === undefined)).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: 4 }, () => 'QUANTITY_EXCEEDS_RETURNABLE'));
    const [held] = await database.dataSource.query<{ units: number }[]>(
      'SELECT sum(quantity)::int AS units FROM return_lines WHERE order_line_id = $1',
      [lineId],
    );
    expect(held?.units).toBe(3);
  });

  test('two inspectors completing the same inspection at once restock its units once', async () => {
    const { orderId, lineId } = await freshOrder();
    const received = await flow.toReceived(oneLine(orderId, lineId, 'NO_LONGER_NEEDED', 2));
    await flow.inspect(received.lines[0]?.id ?? '', 'NEW');
    const locationId = await receivingLocation(database, received.id);
    const before = await stockOf(database.dataSource, world.headphones.id, locationId);
    const answers = await Promise.all([
      team.warehouse.gql(COMPLETE_INSPECTION, { input: { id: received.id } }),
      team.admin.gql(COMPLETE_INSPECTION, { input: { id: received.id } }),
    ]);
    const codes = answers.flatMap(({ json }) =>
      (json.errors ?? []).map((error) => error.extensions?.code),
    );
    expect(answers.filter(({ json }) => json.errors === undefined)).toHaveLength(1);
    expect(codes).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(codes[0]);
    expect(await stockOf(database.dataSource, world.headphones.id, locationId)).toEqual({
      sellable: before.sellable + 2,
      quarantine: before.quarantine,
    });
    expect(await movementsOf(database, received.id)).toHaveLength(1);
  });

  test('the ledger itself lets a return line move stock once: a second, concurrent movement for it is a CONFLICT', async () => {
    const { orderId, lineId } = await freshOrder();
    const requested = await flow.request(oneLine(orderId, lineId, 'NO_LONGER_NEEDED'));
    const returnLineId = requested.lines[0]?.id ?? '';
    const user = await createTestUser(database.dataSource, `ledger-${process.pid}`, ['WAREHOUSE']);
    const ctx: RequestContext = {
      requestId: 'ledger-test',
      dataSource: database.dataSource,
      actor: userActor(user.id, ['WAREHOUSE']),
      user: { id: user.id, email: user.email, displayName: user.displayName, roles: ['WAREHOUSE'] },
      credential: { kind: 'anonymous' },
      http: null,
    };
    const restock = () =>
      runMutation(
        ctx,
        { action: 'testRestock', targetType: 'ReturnLine', targetId: returnLineId },
        async (tx) => {
          const after = await moveStock(tx, {
            skuId: world.headphones.id,
            locationId: world.centre.id,
            kind: 'RETURN_RESTOCK',
            units: 1,
            sellableDelta: 1,
            quarantineDelta: 0,
            reason: 'RESTOCK',
            returnLineId,
          });
          // Hold the transaction open a moment so the two attempts overlap.
          await tx.manager.query('SELECT pg_sleep(0.2)');
          return { result: after, targetId: returnLineId, before: null, after: null };
        },
      );
    const before = await stockOf(database.dataSource, world.headphones.id, world.centre.id);
    const outcomes = await Promise.allSettled([restock(), restock()]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
    expect((rejected?.reason as { code?: string } | undefined)?.code).toBe('CONFLICT');
    expect(await stockOf(database.dataSource, world.headphones.id, world.centre.id)).toEqual({
      sellable: before.sellable + 1,
      quarantine: before.quarantine,
    });
  });

  test('no stock level is ever below zero', async () => {
    const [row] = await database.dataSource.query<{ negative: number }[]>(
      'SELECT count(*)::int AS negative FROM stock_levels WHERE sellable < 0 OR quarantine < 0',
    );
    expect(row?.negative).toBe(0);
  });
});
