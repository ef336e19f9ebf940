import { userActor } from '@rebound/domain';
import { runMutation } from '../../../common/run-mutation';
import type { RequestContext } from '../../../context';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type TestClient, type TestServer } from '../../../testing/test-server';
import { createTestUser } from '../../../testing/test-users';
import type { SupplierEntity } from '../../suppliers/supplier.entity';
import { transitionClaim } from '../claim-transition';
import type { SupplierClaimStatus } from '../supplier-claim.entity';
import {
  ACCEPT,
  claimsTable,
  createClaim,
  createSupplier,
  REJECT,
  signInAs,
  SUBMIT,
} from './claim-fixtures';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('supplier claim refusals leave every claim as it was', () => {
  let database: TestDatabase;
  let server: TestServer;
  let finance: TestClient;
  let supplier: SupplierEntity;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database);
    finance = (await signInAs(database, server, ['FINANCE'])).client;
    supplier = await createSupplier(database.dataSource, 'Volta Audio');
  });

  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  /** Calls the mutation, expects exactly one error, and proves the claims table did not move. */
  async function refusal(document: string, input: Record<string, unknown>) {
    const before = await claimsTable(database.dataSource);
    const { json } = await finance.gql(document, { input });
    expect(json.errors).toHaveLength(1);
    expect(await claimsTable(database.dataSource)).toEqual(before);
    const [error] = json.errors ?? [];
    return { message: error?.message ?? '', extensions: error?.extensions ?? {} };
  }

  const claimIn = (status: SupplierClaimStatus, supplierReference: string | null = 'VA-1') =>
    createClaim(database.dataSource, supplier, { status, amountMinor: 4850, supplierReference });

  test('accepting an OPEN claim is INVALID_TRANSITION naming both states (OPEN, and ACCEPTED reachable only from SUBMITTED)', async () => {
    const claim = await claimIn('OPEN');
    const { message, extensions } = await refusal(ACCEPT, { id: claim.id, credited: 100 });
    expect(extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'OPEN',
      to: 'ACCEPTED',
      event: 'accept',
      allowedFrom: ['SUBMITTED'],
    });
    expect(message).toContain('OPEN');
    expect(message).toContain('ACCEPTED');
  });

  test('a state error is reported before input errors: accepting an OPEN claim above its amount is still INVALID_TRANSITION', async () => {
    const claim = await claimIn('OPEN', null);
    const { extensions } = await refusal(ACCEPT, { id: claim.id, credited: 999_999 });
    expect(extensions.code).toBe('INVALID_TRANSITION');
  });

  test.each([
    ['submit', 'SUBMITTED', SUBMIT, {}],
    ['submit', 'ACCEPTED', SUBMIT, {}],
    ['accept', 'ACCEPTED', ACCEPT, { credited: 10 }],
    ['accept', 'REJECTED', ACCEPT, { credited: 10 }],
    ['reject', 'OPEN', REJECT, { reason: 'not ours' }],
    ['reject', 'ACCEPTED', REJECT, { reason: 'not ours' }],
  ] as const)(
    '%s from %s is INVALID_TRANSITION: final claims never change and each event has one start state',
    async (event, status, document, rest) => {
      const claim = await claimIn(status);
      const { extensions } = await refusal(document, { id: claim.id, ...rest });
      expect(extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: status, event });
    },
  );

  test('crediting more than was claimed is BAD_USER_INPUT on input.credited', async () => {
    const claim = await claimIn('SUBMITTED');
    const { extensions } = await refusal(ACCEPT, { id: claim.id, credited: 4851 });
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.credited', problems: ['must not exceed the 4850 claimed'] }],
    });
  });

  test('a negative credit is BAD_USER_INPUT on input.credited', async () => {
    const claim = await claimIn('SUBMITTED');
    const { extensions } = await refusal(ACCEPT, { id: claim.id, credited: -1 });
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.fields).toEqual([
      expect.objectContaining({ path: 'input.credited', problems: ['must be 0 or more'] }),
    ]);
  });

  test('a credit of zero is allowed: the whole claim is written off', async () => {
    const claim = await claimIn('SUBMITTED');
    const { json } = await finance.gql(ACCEPT, { input: { id: claim.id, credited: 0 } });
    expect(json.errors).toBeUndefined();
    expect(json.data?.acceptSupplierClaim).toMatchObject({ credited: { amount: 0 } });
  });

  test('accepting without any supplier reference (none now, none at submission) is BAD_USER_INPUT on input.supplierReference', async () => {
    const claim = await claimIn('SUBMITTED', null);
    const { extensions } = await refusal(ACCEPT, { id: claim.id, credited: 100 });
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.supplierReference' }],
    });
  });

  test('rejecting with a blank reason is BAD_USER_INPUT on input.reason', async () => {
    const claim = await claimIn('SUBMITTED');
    const { extensions } = await refusal(REJECT, { id: claim.id, reason: '   ' });
    expect(extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.reason' }],
    });
  });

  test('an unknown claim is NOT_FOUND and a malformed id is BAD_USER_INPUT', async () => {
    expect((await refusal(SUBMIT, { id: UNKNOWN_ID })).extensions.code).toBe('NOT_FOUND');
    expect((await refusal(SUBMIT, { id: 'claim-1' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.id' }],
    });
  });

  test('every refusal is audited as FAILED with its code, nothing as SUCCEEDED', async () => {
    const claim = await claimIn('OPEN');
    await refusal(ACCEPT, { id: claim.id, credited: 1 });
    const audit = await database.dataSource.query<{ outcome: string; error_code: string }[]>(
      'SELECT outcome, error_code FROM audit_events WHERE target_id = $1',
      [claim.id],
    );
    expect(audit).toEqual([{ outcome: 'FAILED', error_code: 'INVALID_TRANSITION' }]);
  });

  test('a change based on a stale version is refused as CONFLICT and changes nothing', async () => {
    const user = await createTestUser(database.dataSource, 'stale-finance', ['FINANCE']);
    const ctx: RequestContext = {
      requestId: 'stale-version-test',
      dataSource: database.dataSource,
      actor: userActor(user.id, ['FINANCE']),
      user: { id: user.id, email: user.email, displayName: user.displayName, roles: ['FINANCE'] },
      credential: { kind: 'anonymous' },
      http: null,
    };
    const claim = await claimIn('SUBMITTED');
    await finance.data(ACCEPT, { input: { id: claim.id, credited: 4000 } });
    const before = await claimsTable(database.dataSource);
    // `claim` is the SUBMITTED version 1 read before the accept above: a stale copy.
    await expect(
      runMutation(
        ctx,
        { action: 'staleAccept', targetType: 'SupplierClaim', targetId: null },
        (tx) =>
          transitionClaim(tx, claim, 'reject', {}, { reason: 'late answer' }).then((after) => ({
            result: after,
            targetId: after.id,
            before: null,
            after: null,
          })),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await claimsTable(database.dataSource)).toEqual(before);
  });
});
