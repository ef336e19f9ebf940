import { createRefunds, type FixtureRefund, type RefundSpec } from './report-fixtures';
import { startFinanceTestbed, type FinanceTestbed } from './finance-testbed';

const LIST = `
  query List($first: Int, $after: String, $from: DateTimeISO, $to: DateTimeISO) {
    refundsIssuedBeforeReceipt(first: $first, after: $after, from: $from, to: $to) {
      nodes { refundId returnId rmaNumber amount currency issuedAt receivedAt returnless }
      edges { cursor node { refundId } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface Page {
  nodes: {
    refundId: string;
    returnId: string;
    rmaNumber: string;
    amount: number;
    currency: string;
    issuedAt: string;
    receivedAt: string | null;
    returnless: boolean;
  }[];
  edges: { cursor: string; node: { refundId: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const issued = (
  issuedAt: string | null,
  receivedAt: string | null,
  extra: Partial<RefundSpec> = {},
): RefundSpec => ({
  currency: 'USD',
  status: issuedAt === null ? 'APPROVED' : 'ISSUED',
  createdAt: '2025-03-01T09:00:00Z',
  issuedAt,
  receivedAt,
  lines: [{ supplier: 0, item: 2500 }],
  ...extra,
});

let bed: FinanceTestbed;
let refunds: FixtureRefund[];

beforeAll(async () => {
  bed = await startFinanceTestbed();
  refunds = await createRefunds(bed.database.dataSource, bed.world, [
    issued('2025-03-05T10:00:00Z', '2025-03-06T10:00:00Z'), // 0: received a day later
    issued('2025-03-07T10:00:00Z', '2025-03-06T10:00:00Z'), // 1: received first — not listed
    issued('2025-03-08T10:00:00Z', null, {
      returnless: true,
      currency: 'JPY',
      lines: [{ supplier: 1, item: 900 }],
    }), // 2
    issued('2025-03-09T10:00:00Z', null), // 3: never received
    issued(null, null), // 4: not issued — not listed
    issued('2025-03-10T10:00:00Z', '2025-03-10T10:00:00Z'), // 5: issued at receipt — not listed
    issued('2025-03-11T10:00:00.000Z', null), // 6 and 7: the same instant, ordered by id
    issued('2025-03-11T10:00:00.000Z', null),
  ]);
});

afterAll(async () => {
  await bed.close();
});

const list = async (variables: Record<string, unknown>): Promise<Page> =>
  (await bed.finance.data<{ refundsIssuedBeforeReceipt: Page }>(LIST, variables))
    .refundsIssuedBeforeReceipt;

const pick = (...indexes: number[]): FixtureRefund[] =>
  indexes.map((index) => {
    const refund = refunds[index];
    if (refund === undefined) throw new Error(`no refund ${index}`);
    return refund;
  });

describe('refundsIssuedBeforeReceipt', () => {
  test('lists issued refunds whose return was received later or never, newest issue first, flagging returnless ones', async () => {
    const page = await list({ first: 100 });
    const [sameInstantLow, sameInstantHigh] = pick(6, 7).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(page.nodes.map((node) => node.refundId)).toEqual(
      [sameInstantHigh, sameInstantLow, ...pick(3, 2, 0)].map((refund) => refund?.id),
    );
    const [first] = pick(0);
    expect(page.nodes.find((node) => node.refundId === first?.id)).toEqual({
      refundId: first?.id,
      returnId: first?.returnId,
      rmaNumber: first?.rmaNumber,
      amount: 2500,
      currency: 'USD',
      issuedAt: '2025-03-05T10:00:00.000Z',
      receivedAt: '2025-03-06T10:00:00.000Z',
      returnless: false,
    });
    const [returnless] = pick(2);
    expect(page.nodes.find((node) => node.refundId === returnless?.id)).toMatchObject({
      amount: 900,
      currency: 'JPY',
      receivedAt: null,
      returnless: true,
    });
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  test('pages of two walk the whole list once, even across refunds issued at the same instant', async () => {
    const all = (await list({ first: 100 })).nodes.map((node) => node.refundId);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = await list({ first: 2, after });
      seen.push(...page.nodes.map((node) => node.refundId));
      expect(page.edges.map((edge) => edge.node.refundId)).toEqual(
        page.nodes.map((node) => node.refundId),
      );
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(seen).toHaveLength(5);
  });

  test('from (inclusive) and to (exclusive) bound the issue instant', async () => {
    const page = await list({ from: '2025-03-08T10:00:00Z', to: '2025-03-11T10:00:00Z' });
    expect(page.nodes.map((node) => node.refundId)).toEqual(pick(3, 2).map((refund) => refund.id));
  });

  test.each([
    ['a cursor that is not one of this list', 'after', { after: 'bm90IGEgY3Vyc29y' }],
    ['a page size above 100', 'first', { first: 101 }],
    ['to before from', 'to', { from: '2025-03-09T00:00:00Z', to: '2025-03-08T00:00:00Z' }],
  ])('%s is BAD_USER_INPUT naming %s', async (_name, path, variables) => {
    const { json } = await bed.finance.gql(LIST, variables);
    expect(json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((json.errors?.[0]?.extensions?.fields as { path: string }[])[0]?.path).toBe(path);
  });
});
