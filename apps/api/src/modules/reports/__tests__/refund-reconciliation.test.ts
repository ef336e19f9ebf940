import { createRefunds, type FixtureRefund } from './report-fixtures';
import { startFinanceTestbed, type FinanceTestbed } from './finance-testbed';

const RECONCILE = `
  query Reconcile($from: DateTimeISO!, $to: DateTimeISO!, $currency: String) {
    refundReconciliation(from: $from, to: $to, currency: $currency) {
      currency issuedCount issuedTotal linesTotal breakdownTotal inconsistentCount consistent
      claimCount claimed accepted outstanding rejected
    }
  }`;

interface Reconciliation {
  currency: string;
  issuedCount: number;
  issuedTotal: number;
  linesTotal: number;
  breakdownTotal: number;
  inconsistentCount: number;
  consistent: boolean;
  claimCount: number;
  claimed: number;
  accepted: number;
  outstanding: number;
  rejected: number;
}

const MARCH = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' };

let bed: FinanceTestbed;
let refunds: FixtureRefund[];

beforeAll(async () => {
  bed = await startFinanceTestbed();
  refunds = await createRefunds(bed.database.dataSource, bed.world, [
    {
      currency: 'USD',
      status: 'ISSUED',
      createdAt: '2025-02-27T10:00:00Z',
      issuedAt: '2025-03-01T00:00:00Z',
      lines: [
        { supplier: 0, item: 4999, tax: 400 },
        { supplier: 1, item: 1999 },
      ],
      labelDeduction: 650,
    },
    {
      currency: 'USD',
      status: 'ISSUED',
      createdAt: '2025-03-10T10:00:00Z',
      issuedAt: '2025-03-11T10:00:00Z',
      lines: [{ supplier: 2, item: 3150, shipping: 250 }],
    },
    {
      currency: 'EUR',
      status: 'ISSUED',
      createdAt: '2025-03-12T10:00:00Z',
      issuedAt: '2025-03-31T23:59:59Z',
      lines: [{ supplier: 1, item: 2200 }],
    },
    {
      currency: 'JPY',
      status: 'ISSUED',
      createdAt: '2025-03-20T10:00:00Z',
      issuedAt: '2025-04-01T00:00:00Z',
      lines: [{ supplier: 0, item: 1500 }],
    },
    {
      currency: 'USD',
      status: 'APPROVED',
      createdAt: '2025-03-20T10:00:00Z',
      submittedAt: '2025-03-20T11:00:00Z',
      lines: [{ supplier: 0, item: 7000 }],
    },
  ]);
  const claim = async (
    refund: number,
    supplier: number,
    status: string,
    amount: number,
    credited: number | null,
  ): Promise<void> => {
    const target = refunds[refund];
    await bed.database.dataSource.query(
      `INSERT INTO supplier_claims (supplier_id, refund_id, return_id, status, currency, amount_minor, lines, credited_minor, opened_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, '[]', $7, '2025-03-15T10:00:00Z', 1)`,
      [
        bed.world.suppliers[supplier]?.id,
        target?.id,
        target?.returnId,
        status,
        target?.spec.currency,
        amount,
        credited,
      ],
    );
  };
  await claim(0, 0, 'OPEN', 2100, null);
  await claim(0, 1, 'ACCEPTED', 1500, 1200);
  await claim(1, 2, 'SUBMITTED', 800, null);
  await claim(2, 1, 'REJECTED', 900, null);
  await claim(3, 0, 'ACCEPTED', 700, 700); // issued in April: outside March
  await claim(4, 0, 'OPEN', 3000, null); // not issued: outside
});

afterAll(async () => {
  await bed.close();
});

const reconcile = async (variables: Record<string, unknown> = MARCH): Promise<Reconciliation[]> =>
  (await bed.finance.data<{ refundReconciliation: Reconciliation[] }>(RECONCILE, variables))
    .refundReconciliation;

/** The issued refunds of March per currency, three ways, in plain SQL. */
async function plainSums(): Promise<
  { currency: string; count: number; total: number; lines: number; breakdown: number }[]
> {
  return bed.database.dataSource.query(
    `SELECT r.currency, count(*)::int AS count, sum(r.total_minor)::bigint AS total,
       sum((SELECT coalesce(sum(amount_minor), 0) FROM refund_lines WHERE refund_id = r.id))::bigint AS lines,
       sum((r.breakdown->>'total')::bigint)::bigint AS breakdown
     FROM refunds r WHERE r.status = 'ISSUED' AND r.issued_at >= $1 AND r.issued_at < $2
     GROUP BY r.currency ORDER BY r.currency`,
    [MARCH.from, MARCH.to],
  );
}

describe('refundReconciliation', () => {
  test('per currency, issued totals, their refund lines and their breakdowns agree, with the recoveries claimed for them', async () => {
    const [first, second, euro] = refunds;
    const plain = await plainSums();
    expect(plain.map((row) => row.currency)).toEqual(['EUR', 'USD']);
    const rows = await reconcile();
    expect(rows).toEqual([
      {
        currency: 'EUR',
        issuedCount: 1,
        issuedTotal: euro?.total,
        linesTotal: plain[0]?.lines,
        breakdownTotal: plain[0]?.breakdown,
        inconsistentCount: 0,
        consistent: true,
        claimCount: 1,
        claimed: 900,
        accepted: 0,
        outstanding: 0,
        rejected: 900,
      },
      {
        currency: 'USD',
        issuedCount: 2,
        issuedTotal: (first?.total ?? 0) + (second?.total ?? 0),
        linesTotal: plain[1]?.lines,
        breakdownTotal: plain[1]?.breakdown,
        inconsistentCount: 0,
        consistent: true,
        claimCount: 3,
        claimed: 4400,
        accepted: 1200,
        outstanding: 2900,
        rejected: 0,
      },
    ]);
    expect(rows[1]?.issuedTotal).toBe(plain[1]?.total);
    expect(rows[1]?.linesTotal).toBe(rows[1]?.issuedTotal);
  });

  test('a currency filter keeps that currency only', async () => {
    expect((await reconcile({ ...MARCH, currency: 'EUR' })).map((row) => row.currency)).toEqual([
      'EUR',
    ]);
  });

  test('a period without issued refunds gives no rows', async () => {
    expect(await reconcile({ from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' })).toEqual(
      [],
    );
  });

  test('a breakdown total that disagrees with its refund makes the currency inconsistent', async () => {
    const second = refunds[1];
    await bed.database.dataSource.query(
      `UPDATE refunds SET breakdown = jsonb_set(breakdown, '{total}', to_jsonb(total_minor + 1)) WHERE id = $1`,
      [second?.id],
    );
    try {
      const usd = (await reconcile()).find((row) => row.currency === 'USD');
      expect(usd).toMatchObject({ consistent: false, inconsistentCount: 1 });
      expect(usd?.breakdownTotal).toBe((usd?.issuedTotal ?? 0) + 1);
      expect((await reconcile()).find((row) => row.currency === 'EUR')?.consistent).toBe(true);
    } finally {
      await bed.database.dataSource.query(
        `UPDATE refunds SET breakdown = jsonb_set(breakdown, '{total}', to_jsonb(total_minor)) WHERE id = $1`,
        [second?.id],
      );
    }
  });

  test('refund lines that disagree with their refunds make the currency inconsistent, even when the sums happen to agree', async () => {
    const [first, second] = refunds;
    const moveCent = async (refund: FixtureRefund | undefined, cents: number): Promise<void> => {
      await bed.database.dataSource.query(
        'UPDATE refund_lines SET amount_minor = amount_minor + $3 WHERE refund_id = $1 AND order_line_id = $2',
        [refund?.id, refund?.lines[0]?.orderLineId, cents],
      );
    };
    // One cent moves from a line of one refund to a line of another: both are wrong, the sums are not.
    await moveCent(first, -1);
    await moveCent(second, 1);
    try {
      const usd = (await reconcile()).find((row) => row.currency === 'USD');
      expect(usd?.linesTotal).toBe(usd?.issuedTotal);
      expect(usd?.breakdownTotal).toBe(usd?.issuedTotal);
      expect(usd).toMatchObject({ consistent: false, inconsistentCount: 2 });
    } finally {
      await moveCent(first, 1);
      await moveCent(second, -1);
    }
  });

  test.each([
    ['an unknown currency', 'currency', { ...MARCH, currency: 'XXX' }],
    ['to before from', 'to', { from: MARCH.to, to: MARCH.from }],
  ])('%s is BAD_USER_INPUT naming %s', async (_name, path, variables) => {
    const { json } = await bed.finance.gql(RECONCILE, variables);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((json.errors?.[0]?.extensions?.fields as { path: string }[])[0]?.path).toBe(path);
  });
});
