import { describeWithServer } from '../../../../testing/test-database';
import { createRefund, createReturn } from './issue-fixtures';
import {
  codesOf,
  issue,
  newKey,
  startIssueTestbed,
  storedRefund,
  type IssueAnswer,
  type IssueTestbed,
} from './issue-testbed';

describeWithServer('issueRefund under concurrency (PostgreSQL)', () => {
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

  /** An APPROVED refund of an INSPECTED return with a supplier-fault line and a seller label. */
  async function approvedRefund() {
    const { world } = bed;
    const rma = await createReturn(
      bed.database.dataSource,
      world,
      'INSPECTED',
      [{ sku: world.kettle, reason: 'DEFECTIVE', grade: 'DEFECTIVE' }],
      { costMinor: 650, payer: 'SELLER' },
    );
    return { rma, refund: await createRefund(bed.database.dataSource, world, rma) };
  }

  async function countOf(sql: string, id: string): Promise<number> {
    const [row] = await bed.database.dataSource.query<{ count: number }[]>(sql, [id]);
    return row?.count ?? -1;
  }

  test('20 concurrent calls with one key execute once: one gateway call, one ISSUED, 20 identical answers', async () => {
    const { rma, refund } = await approvedRefund();
    const key = newKey('together');
    bed.gateway.delayMs = 300;

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => issue(bed.finance, refund.id, key)),
    );

    expect(responses.flatMap(codesOf)).toEqual([]);
    const answers = responses.map(
      (response) => (response.json.data as unknown as IssueAnswer).issueRefund,
    );
    expect(answers.filter((answer) => !answer.replayed)).toHaveLength(1);
    const [first] = answers;
    for (const answer of answers) expect(answer.refund).toEqual(first?.refund);
    expect(first?.refund.status).toBe('ISSUED');
    expect(bed.gateway.callsFor(refund.id)).toHaveLength(1);
    expect(await storedRefund(bed, refund.id)).toMatchObject({ status: 'ISSUED', version: 2 });
    expect(
      await countOf(
        `SELECT count(*)::int AS count FROM supplier_claims WHERE refund_id = $1`,
        refund.id,
      ),
    ).toBe(1);
    expect(
      await countOf(
        `SELECT count(*)::int AS count FROM return_events WHERE return_id = $1 AND kind = 'resolve'`,
        rma.id,
      ),
    ).toBe(1);
  });

  test('50 concurrent calls with 50 different keys issue one refund once; the others are refused', async () => {
    const { refund } = await approvedRefund();
    const keys = Array.from({ length: 50 }, (_, index) => newKey(`racer-${index}`));
    bed.gateway.delayMs = 100;

    const responses = await Promise.all(keys.map((key) => issue(bed.finance, refund.id, key)));

    const succeeded = responses.filter((response) => response.json.errors === undefined);
    expect(succeeded).toHaveLength(1);
    expect((succeeded[0]?.json.data as unknown as IssueAnswer).issueRefund.refund.status).toBe(
      'ISSUED',
    );
    const refusals = responses.flatMap(codesOf);
    expect(refusals).toHaveLength(49);
    for (const code of refusals) expect(['INVALID_TRANSITION', 'CONFLICT']).toContain(code);
    expect(bed.gateway.callsFor(refund.id)).toHaveLength(1);
    expect(await storedRefund(bed, refund.id)).toMatchObject({ status: 'ISSUED', version: 2 });
    // The winner's key holds the answer; the refused calls released theirs.
    const stored = await bed.database.dataSource.query<{ state: string }[]>(
      `SELECT state FROM idempotency_keys WHERE key = ANY($1)`,
      [keys],
    );
    expect(stored).toEqual([{ state: 'COMPLETED' }]);
  });
});
