import {
  APPROVAL_QUEUE,
  REFUND_BY_ID,
  REFUNDS,
  REJECT_REFUND,
  SUBMIT_REFUND,
  type RefundView,
} from './refund-documents';
import {
  codesOf,
  refundOf,
  startRefundsWorld,
  stopRefundsWorld,
  type RefundsWorld,
} from './refund-fixtures';

let refunds: RefundsWorld | undefined;

beforeAll(async () => {
  refunds = await startRefundsWorld();
});

afterAll(async () => {
  await stopRefundsWorld(refunds);
});

function world(): RefundsWorld {
  if (refunds === undefined) throw new Error('the refunds world did not start');
  return refunds;
}

interface RefundsPage {
  refunds: {
    edges: { cursor: string; node: { id: string; status: string; createdAt: string } }[];
    nodes: { id: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface QueuePage {
  approvalQueue: {
    edges: {
      cursor: string;
      node: {
        canApprove: boolean;
        waitingSince: string;
        waitingHours: number;
        refundDueAt: string | null;
        refundOverdue: boolean;
        refund: { id: string; status: string; submittedById: string };
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

test('refund(id) reads one refund; null for an unknown id or one that is not a UUID', async () => {
  const created = await refundOf(world(), 1_500);
  const read = await world().team.finance.data<{ refund: RefundView }>(REFUND_BY_ID, {
    id: created.id,
  });
  expect(read.refund).toMatchObject({ id: created.id, total: { amount: 1_500 } });
  for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
    expect(
      await world().team.finance.data<{ refund: RefundView | null }>(REFUND_BY_ID, { id }),
    ).toEqual({ refund: null });
  }
});

test('refunds pages newest first with keyset cursors: every refund exactly once, and filters combine (AND)', async () => {
  const made: RefundView[] = [];
  for (const amount of [2_001, 2_002, 2_003, 2_004, 2_005])
    made.push(await refundOf(world(), amount));
  await world().team.finance.data(REJECT_REFUND, {
    input: { id: made[1]?.id, reason: 'Duplicate' },
  });

  const all = await world().team.finance.data<RefundsPage>(REFUNDS, { first: 100 });
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result: RefundsPage = await world().team.finance.data<RefundsPage>(REFUNDS, {
      first: 2,
      after,
    });
    seen.push(...result.refunds.edges.map((edge) => edge.node.id));
    if (!result.refunds.pageInfo.hasNextPage) break;
    after = result.refunds.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.refunds.nodes.map((node) => node.id));
  const times = all.refunds.edges.map((edge) => Date.parse(edge.node.createdAt));
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  const rejected = await world().team.finance.data<RefundsPage>(REFUNDS, {
    filter: { status: ['REJECTED'], currency: 'USD', method: 'MARKETPLACE' },
  });
  expect(rejected.refunds.nodes.map((node) => node.id)).toContain(made[1]?.id);
  expect(rejected.refunds.edges.every((edge) => edge.node.status === 'REJECTED')).toBe(true);

  const byReturn = await world().team.finance.data<RefundsPage>(REFUNDS, {
    filter: { returnId: made[2]?.returnId, orderId: made[2]?.orderId },
  });
  expect(byReturn.refunds.nodes).toEqual([{ id: made[2]?.id }]);
  const none = await world().team.finance.data<RefundsPage>(REFUNDS, {
    filter: { returnId: made[2]?.returnId, createdFrom: '2999-01-01T00:00:00Z' },
  });
  expect(none.refunds.nodes).toEqual([]);
});

test.each([
  { variables: { first: 101 }, path: 'first' },
  { variables: { after: 'garbage' }, path: 'after' },
  { variables: { filter: { returnId: 'nope' } }, path: 'filter.returnId' },
  { variables: { filter: { currency: 'usd' } }, path: 'filter.currency' },
  {
    variables: {
      filter: { createdFrom: '2025-02-01T00:00:00Z', createdTo: '2025-01-01T00:00:00Z' },
    },
    path: 'filter.createdTo',
  },
])('refunds refuses bad arguments with BAD_USER_INPUT at $path', async ({ variables, path }) => {
  const { json } = await world().team.finance.gql(REFUNDS, variables);
  expect(json.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fields: [expect.objectContaining({ path })],
  });
});

test('a cursor of the approval queue is refused by refunds (bound to its list and sort)', async () => {
  const first = await refundOf(world(), 60_000);
  await world().team.financeSupport.data(SUBMIT_REFUND, { input: { id: first.id } });
  const queue = await world().team.finance.data<QueuePage>(APPROVAL_QUEUE, { first: 1 });
  const cursor = queue.approvalQueue.edges[0]?.cursor;
  expect(await codesOf(world().team.finance, REFUNDS, { after: cursor })).toEqual([
    'BAD_USER_INPUT',
  ]);
});

test('SUPPORT reads the refunds of one return or order, not the finance-wide list (FORBIDDEN)', async () => {
  const made = await refundOf(world(), 3_000);
  expect(await codesOf(world().team.support, REFUNDS, {})).toEqual(['FORBIDDEN']);
  const mine = await world().team.support.data<RefundsPage>(REFUNDS, {
    filter: { returnId: made.returnId },
  });
  expect(mine.refunds.nodes).toEqual([{ id: made.id }]);
  const byOrder = await world().team.support.data<RefundsPage>(REFUNDS, {
    filter: { orderId: made.orderId },
  });
  expect(byOrder.refunds.nodes).toEqual([{ id: made.id }]);
});

test('the approval queue lists PENDING_APPROVAL refunds the longest waiting first; canApprove is false for the submitter and for ADMIN, true for another FINANCE user', async () => {
  const older = await refundOf(world(), 80_000);
  const newer = await refundOf(world(), 90_000);
  const small = await refundOf(world(), 100);
  await world().team.financeSupport.data(SUBMIT_REFUND, { input: { id: older.id } });
  await world().team.financeSupport.data(SUBMIT_REFUND, { input: { id: newer.id } });
  await world().team.financeSupport.data(SUBMIT_REFUND, { input: { id: small.id } });

  const collect = async (client = world().team.finance) => {
    const nodes: QueuePage['approvalQueue']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: QueuePage = await client.data<QueuePage>(APPROVAL_QUEUE, { first: 1, after });
      nodes.push(...result.approvalQueue.edges.map((edge) => edge.node));
      if (!result.approvalQueue.pageInfo.hasNextPage) break;
      after = result.approvalQueue.pageInfo.endCursor;
    }
    return nodes;
  };

  const asFinance = await collect();
  const ids = asFinance.map((node) => node.refund.id);
  expect(ids).not.toContain(small.id);
  expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
  const waited = asFinance.map((node) => Date.parse(node.waitingSince));
  expect([...waited].sort((a, b) => a - b)).toEqual(waited);
  for (const node of asFinance) {
    expect(node.refund.status).toBe('PENDING_APPROVAL');
    expect(node.canApprove).toBe(true);
    expect(node.waitingHours).toBe(0);
    expect(node.refundDueAt).not.toBeNull();
    expect(node.refundOverdue).toBe(false);
  }
  const asSubmitter = await collect(world().team.financeSupport);
  expect(asSubmitter.find((node) => node.refund.id === older.id)?.canApprove).toBe(false);
  const asAdmin = await collect(world().team.admin);
  expect(asAdmin.every((node) => !node.canApprove)).toBe(true);
});
