import {
  createTestDatabase,
  describeWithServer,
  type TestDatabase,
} from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import type { SupplierEntity } from '../../suppliers/supplier.entity';
import { ACCEPT, createClaim, createSupplier, signInAs } from './claim-fixtures';

describeWithServer('supplier claims under concurrent decisions (real PostgreSQL)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let finance: TestClient;
  let admin: TestClient;
  let supplier: SupplierEntity;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    finance = (await signInAs(database, server, ['FINANCE'])).client;
    admin = (await signInAs(database, server, ['ADMIN'])).client;
    supplier = await createSupplier(database.dataSource, 'Volta Audio');
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  const submittedClaim = () =>
    createClaim(database.dataSource, supplier, {
      status: 'SUBMITTED',
      amountMinor: 4850,
      supplierReference: 'VA-RMA-1',
    });

  /** Waits until `count` sessions of this database wait for a lock. */
  async function lockWaiters(count: number): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [row] = await database.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if ((row?.n ?? 0) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never saw ${count} sessions waiting for a lock`);
  }

  test('two accepts that read the same version at once: one wins, the other is CONFLICT and its credit is not kept', async () => {
    const claim = await submittedClaim();
    // Holding the row lock lets both requests read version 1 and reach their UPDATE first.
    const holder = database.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM supplier_claims WHERE id = $1 FOR UPDATE', [claim.id]);
    const answers = Promise.all([
      finance.gql(ACCEPT, { input: { id: claim.id, credited: 4000 } }),
      admin.gql(ACCEPT, { input: { id: claim.id, credited: 3000 } }),
    ]);
    await lockWaiters(2);
    await holder.commitTransaction();
    await holder.release();
    const [first, second] = await answers;
    const outcomes = [first, second].map(({ json }) =>
      json.errors === undefined ? 'won' : String(json.errors[0]?.extensions?.code),
    );
    expect([...outcomes].sort()).toEqual(['CONFLICT', 'won']);
    const winnerCredit = outcomes[0] === 'won' ? 4000 : 3000;
    const [row] = await database.dataSource.query<
      { status: string; credited_minor: number; version: number }[]
    >('SELECT status, credited_minor, version FROM supplier_claims WHERE id = $1', [claim.id]);
    expect(row).toEqual({ status: 'ACCEPTED', credited_minor: winnerCredit, version: 2 });
    const audit = await database.dataSource.query<{ outcome: string; error_code: string | null }[]>(
      `SELECT outcome, error_code FROM audit_events WHERE target_id = $1 ORDER BY outcome`,
      [claim.id],
    );
    expect(audit).toEqual([
      { outcome: 'FAILED', error_code: 'CONFLICT' },
      { outcome: 'SUCCEEDED', error_code: null },
    ]);
  });

  test('of 10 simultaneous accepts with different credits exactly one is kept; the others are CONFLICT or INVALID_TRANSITION from ACCEPTED', async () => {
    const claim = await submittedClaim();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        (n % 2 === 0 ? finance : admin).gql(ACCEPT, {
          input: { id: claim.id, credited: 4000 + n },
        }),
      ),
    );
    const winners = answers.flatMap(({ json }, n) => (json.errors === undefined ? [4000 + n] : []));
    expect(winners).toHaveLength(1);
    for (const { json } of answers) {
      for (const error of json.errors ?? []) {
        expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(error.extensions?.code);
        if (error.extensions?.code === 'INVALID_TRANSITION') {
          expect(error.extensions.from).toBe('ACCEPTED');
        }
      }
    }
    const [row] = await database.dataSource.query<{ credited_minor: number; version: number }[]>(
      'SELECT credited_minor, version FROM supplier_claims WHERE id = $1',
      [claim.id],
    );
    expect(row).toEqual({ credited_minor: winners[0], version: 2 });
  });
});
