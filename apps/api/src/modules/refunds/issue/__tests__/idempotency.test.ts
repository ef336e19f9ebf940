import { ISSUE_REFUND_SCOPE } from '../issue-refund.service';
import { purgeExpiredIdempotencyKeys } from '../idempotency-keys';
import { requestHash } from '../request-hash';
import { createRefund, createReturn } from './issue-fixtures';
import {
  codesOf,
  issue,
  issueOk,
  issueTableCounts,
  newKey,
  startIssueTestbed,
  storedRefund,
  type IssueTestbed,
} from './issue-testbed';

let bed: IssueTestbed;

beforeAll(async () => {
  bed = await startIssueTestbed();
});

afterAll(async () => {
  await bed.close();
});

afterEach(() => {
  bed.gateway.reset();
});

const DAY_MS = 86_400_000;

async function approvedRefund(): Promise<string> {
  const { world } = bed;
  const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
    { sku: world.kettle, reason: 'DEFECTIVE', grade: 'DEFECTIVE' },
  ]);
  return (await createRefund(bed.database.dataSource, world, rma)).id;
}

interface KeyRow {
  state: string;
  requestHash: string;
  createdAt: Date;
  expiresAt: Date;
}

async function keyRow(key: string): Promise<KeyRow | undefined> {
  const [row] = await bed.database.dataSource.query<KeyRow[]>(
    `SELECT state, request_hash AS "requestHash", created_at AS "createdAt", expires_at AS "expiresAt"
       FROM idempotency_keys WHERE scope = 'issueRefund' AND key = $1`,
    [key],
  );
  return row;
}

describe('issueRefund idempotency keys', () => {
  test('the same key and input replays the first answer exactly, without calling the gateway again', async () => {
    const id = await approvedRefund();
    const key = newKey('replay');

    const first = await issueOk(bed.finance, id, key);
    const again = await issueOk(bed.finance, id, key);
    const byAdmin = await issueOk(bed.admin, id, key);

    expect(first.replayed).toBe(false);
    expect(again).toEqual({ replayed: true, refund: first.refund });
    expect(byAdmin).toEqual(again);
    expect(bed.gateway.callsFor(id)).toHaveLength(1);
    expect(await storedRefund(bed, id)).toMatchObject({ status: 'ISSUED', version: 2 });
  });

  test('a key is stored COMPLETED with the SHA-256 of the canonical input and kept 7 days', async () => {
    const id = await approvedRefund();
    const key = newKey('stored');
    await issueOk(bed.finance, id, key);

    const row = await keyRow(key);
    expect(row).toMatchObject({
      state: 'COMPLETED',
      requestHash: requestHash(ISSUE_REFUND_SCOPE, { id }),
    });
    expect(row?.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)).toBe(7 * DAY_MS);
  });

  test('the same key with another refund is IDEMPOTENCY_KEY_MISMATCH and changes nothing', async () => {
    const first = await approvedRefund();
    const other = await approvedRefund();
    const key = newKey('mismatch');
    await issueOk(bed.finance, first, key);
    const before = await issueTableCounts(bed);

    const response = await issue(bed.finance, other, key);

    expect(codesOf(response)).toEqual(['IDEMPOTENCY_KEY_MISMATCH']);
    expect(response.json.errors?.[0]?.message).toMatch(/already used with other input/);
    expect(await issueTableCounts(bed)).toEqual(before);
    expect(await storedRefund(bed, other)).toMatchObject({ status: 'APPROVED', version: 1 });
    expect(bed.gateway.callsFor(other)).toEqual([]);
  });

  test.each([
    ['too short', 'abc1234'],
    ['too long', 'k'.repeat(201)],
    ['with characters outside [A-Za-z0-9_-:.]', 'key with spaces!'],
  ])(
    'a key %s is BAD_USER_INPUT naming input.idempotencyKey, and nothing changes',
    async (_, key) => {
      const id = await approvedRefund();
      const before = await issueTableCounts(bed);

      const response = await issue(bed.finance, id, key);

      expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
      const fields = response.json.errors?.[0]?.extensions?.fields as { path: string }[];
      expect(fields.map((field) => field.path)).toEqual(['input.idempotencyKey']);
      expect(await issueTableCounts(bed)).toEqual(before);
      expect(await storedRefund(bed, id)).toMatchObject({ status: 'APPROVED', version: 1 });
    },
  );

  test('a key of 8 and of 200 allowed characters is accepted', async () => {
    expect((await issueOk(bed.finance, await approvedRefund(), 'a_b-c:d.')).refund.status).toBe(
      'ISSUED',
    );
    const long = `K${'x'.repeat(199)}`;
    expect((await issueOk(bed.finance, await approvedRefund(), long)).refund.status).toBe('ISSUED');
  });

  test('a refused call releases its key: the same key issues the refund once it is approved', async () => {
    const id = await approvedRefund();
    await bed.database.dataSource.query(
      `UPDATE refunds SET status = 'PENDING_APPROVAL' WHERE id = $1`,
      [id],
    );
    const key = newKey('released');

    expect(codesOf(await issue(bed.finance, id, key))).toEqual(['INVALID_TRANSITION']);
    expect(await keyRow(key)).toBeUndefined();

    await bed.database.dataSource.query(`UPDATE refunds SET status = 'APPROVED' WHERE id = $1`, [
      id,
    ]);
    expect((await issueOk(bed.finance, id, key)).refund.status).toBe('ISSUED');
  });

  test('a call whose key is still in progress elsewhere waits, then answers CONFLICT after about 10 s', async () => {
    const id = await approvedRefund();
    const key = newKey('in-progress');
    await bed.database.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, state, expires_at)
       VALUES ('issueRefund', $1, $2, 'IN_PROGRESS', now() + interval '7 days')`,
      [key, requestHash(ISSUE_REFUND_SCOPE, { id })],
    );
    const startedAt = Date.now();

    const response = await issue(bed.finance, id, key);

    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(10_000);
    expect(codesOf(response)).toEqual(['CONFLICT']);
    expect(response.json.errors?.[0]?.message).toMatch(/still being processed/);
    expect(bed.gateway.callsFor(id)).toEqual([]);
    expect(await keyRow(key)).toMatchObject({ state: 'IN_PROGRESS' });
  }, 30_000);

  test('keys are purged 7 days after first use, and an expired key may be used for a new request', async () => {
    const key = newKey('expiring');
    await issueOk(bed.finance, await approvedRefund(), key);
    const stored = await keyRow(key);
    if (stored === undefined) throw new Error('key not stored');

    await purgeExpiredIdempotencyKeys(
      bed.database.dataSource,
      new Date(stored.expiresAt.getTime() - 1),
    );
    expect(await keyRow(key)).toBeDefined();

    expect(
      await purgeExpiredIdempotencyKeys(bed.database.dataSource, stored.expiresAt),
    ).toBeGreaterThanOrEqual(1);
    expect(await keyRow(key)).toBeUndefined();

    // Expired but not purged yet: the key is free again, not a mismatch.
    const reused = newKey('reused');
    await issueOk(bed.finance, await approvedRefund(), reused);
    await bed.database.dataSource.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`,
      [reused],
    );
    const next = await issueOk(bed.finance, await approvedRefund(), reused);
    expect(next).toMatchObject({ replayed: false, refund: { status: 'ISSUED' } });
  });
});
