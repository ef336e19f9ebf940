import { isApprovalSatisfied } from '@rebound/domain';
import {
  ADJUST_REFUND_AMOUNT,
  APPROVE_REFUND,
  RECALCULATE_REFUND,
  REFUND_BY_ID,
  SUBMIT_REFUND,
  type RefundView,
} from './refund-documents';
import {
  codesOf,
  refundOf,
  refundTableCounts,
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

async function submitAsFinanceSupport(id: string): Promise<RefundView> {
  return (
    await world().team.financeSupport.data<{ submitRefund: RefundView }>(SUBMIT_REFUND, {
      input: { id },
    })
  ).submitRefund;
}

/** Whether the refund's approvals not voided satisfy the domain's rule for its current amount. */
function approvalCounts(refund: RefundView): boolean {
  return isApprovalSatisfied(
    {
      amount: refund.total.amount,
      currency: 'USD',
      submitterId: refund.submittedById ?? '',
      approvals: refund.approvals
        .filter((approval) => approval.voidedAt === null)
        .map((approval) => ({
          approverId: approval.approverId,
          approverRoles: ['FINANCE'],
          amount: approval.amount,
          currency: 'USD',
        })),
    },
    refund.approvalThreshold.amount,
  );
}

test.each([
  { total: 49_999, status: 'APPROVED', needsApproval: false },
  { total: 50_000, status: 'PENDING_APPROVAL', needsApproval: true },
  { total: 50_001, status: 'PENDING_APPROVAL', needsApproval: true },
])(
  'four-eyes threshold USD 500.00 (at or above needs approval): a $total refund goes to $status on submit',
  async ({ total, status, needsApproval }) => {
    const draft = await refundOf(world(), total);
    expect(draft).toMatchObject({
      total: { amount: total, currency: 'USD' },
      approvalThreshold: { amount: 50_000, currency: 'USD' },
      needsApproval,
    });
    const submitted = await submitAsFinanceSupport(draft.id);
    expect(submitted).toMatchObject({ status, submittedById: world().team.financeSupportId });
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.approvals).toEqual([]);
  },
);

test('the submitter cannot approve their own refund, even holding FINANCE and SUPPORT (APPROVER_IS_SUBMITTER), and nothing is recorded', async () => {
  const submitted = await submitAsFinanceSupport((await refundOf(world(), 50_000)).id);
  const before = await refundTableCounts(world());
  expect(
    await codesOf(world().team.financeSupport, APPROVE_REFUND, { input: { id: submitted.id } }),
  ).toEqual(['APPROVER_IS_SUBMITTER']);
  expect(await refundTableCounts(world())).toEqual(before);
  const { refund } = await world().team.finance.data<{ refund: RefundView }>(REFUND_BY_ID, {
    id: submitted.id,
  });
  expect(refund).toMatchObject({ status: 'PENDING_APPROVAL', version: submitted.version });
});

test('an ADMIN-only user may not approve (FORBIDDEN): approval needs FINANCE', async () => {
  const submitted = await submitAsFinanceSupport((await refundOf(world(), 50_000)).id);
  expect(
    await codesOf(world().team.admin, APPROVE_REFUND, { input: { id: submitted.id } }),
  ).toEqual(['FORBIDDEN']);
});

test('another FINANCE user approves: APPROVED, with an approval of the current amount that counts', async () => {
  const submitted = await submitAsFinanceSupport((await refundOf(world(), 50_000)).id);
  const { approveRefund } = await world().team.finance.data<{ approveRefund: RefundView }>(
    APPROVE_REFUND,
    { input: { id: submitted.id } },
  );
  expect(approveRefund.status).toBe('APPROVED');
  expect(approveRefund.approvals).toEqual([
    expect.objectContaining({ approverId: world().team.financeId, amount: 50_000, voidedAt: null }),
  ]);
  expect(approvalCounts(approveRefund)).toBe(true);
  // Approving again is not a transition the machine knows.
  expect(
    await codesOf(world().team.finance2, APPROVE_REFUND, { input: { id: submitted.id } }),
  ).toEqual(['INVALID_TRANSITION']);
});

test('changing the amount (adjustRefundAmount) voids the approval: it no longer counts, and a new approval is needed and accepted', async () => {
  const submitted = await submitAsFinanceSupport((await refundOf(world(), 50_001)).id);
  await world().team.finance.data(APPROVE_REFUND, { input: { id: submitted.id } });

  const { adjustRefundAmount: adjusted } = await world().team.finance2.data<{
    adjustRefundAmount: RefundView;
  }>(ADJUST_REFUND_AMOUNT, {
    input: { id: submitted.id, total: 50_000, reason: 'Goodwill cap agreed with the customer' },
  });
  expect(adjusted).toMatchObject({
    status: 'APPROVED',
    total: { amount: 50_000 },
    adjustment: {
      computedTotal: 50_001,
      reason: 'Goodwill cap agreed with the customer',
      adjustedById: world().team.finance2Id,
    },
  });
  expect(adjusted.breakdown.lines.map((line) => line.refund)).toEqual([50_000]);
  expect(adjusted.approvals).toHaveLength(1);
  expect(adjusted.approvals[0]?.voidedAt).not.toBeNull();
  expect(approvalCounts(adjusted)).toBe(false);

  // The submitter still may not approve; another FINANCE user approves the new amount.
  expect(
    await codesOf(world().team.financeSupport, APPROVE_REFUND, { input: { id: submitted.id } }),
  ).toEqual(['APPROVER_IS_SUBMITTER']);
  const { approveRefund: reapproved } = await world().team.finance.data<{
    approveRefund: RefundView;
  }>(APPROVE_REFUND, { input: { id: submitted.id } });
  expect(reapproved.status).toBe('APPROVED');
  expect(
    reapproved.approvals.map((approval) => [approval.amount, approval.voidedAt === null]),
  ).toEqual([
    [50_001, false],
    [50_000, true],
  ]);
  expect(approvalCounts(reapproved)).toBe(true);
});

test('an adjustment of a PENDING_APPROVAL refund keeps it pending; the approval recorded is for the new amount', async () => {
  const submitted = await submitAsFinanceSupport((await refundOf(world(), 60_000)).id);
  await world().team.finance.data(ADJUST_REFUND_AMOUNT, {
    input: { id: submitted.id, total: 55_000, reason: 'Partial goodwill' },
  });
  const { approveRefund } = await world().team.finance2.data<{ approveRefund: RefundView }>(
    APPROVE_REFUND,
    { input: { id: submitted.id } },
  );
  expect(approveRefund.status).toBe('APPROVED');
  expect(approveRefund.approvals).toEqual([
    expect.objectContaining({
      approverId: world().team.finance2Id,
      amount: 55_000,
      voidedAt: null,
    }),
  ]);
});

test('a recalculation that changes the total voids approvals; one that does not keeps them', async () => {
  const submitted = await submitAsFinanceSupport((await refundOf(world(), 70_000)).id);
  await world().team.finance.data(APPROVE_REFUND, { input: { id: submitted.id } });
  const { recalculateRefund: same } = await world().team.finance.data<{
    recalculateRefund: RefundView;
  }>(RECALCULATE_REFUND, { input: { id: submitted.id } });
  expect(same.total.amount).toBe(70_000);
  expect(same.approvals[0]?.voidedAt).toBeNull();

  await world().team.finance.data(ADJUST_REFUND_AMOUNT, {
    input: { id: submitted.id, total: 65_000, reason: 'Goodwill' },
  });
  const { approveRefund } = await world().team.finance2.data<{ approveRefund: RefundView }>(
    APPROVE_REFUND,
    { input: { id: submitted.id } },
  );
  expect(approvalCounts(approveRefund)).toBe(true);
  // Recalculating restores the computed 70,000: the approval of 65,000 is voided.
  const { recalculateRefund: restored } = await world().team.finance.data<{
    recalculateRefund: RefundView;
  }>(RECALCULATE_REFUND, { input: { id: submitted.id } });
  expect(restored).toMatchObject({ total: { amount: 70_000 }, adjustment: null });
  expect(restored.approvals.every((approval) => approval.voidedAt !== null)).toBe(true);
  expect(approvalCounts(restored)).toBe(false);
});

test('a refund approved on submit below the threshold that is raised to it by recalculation needs an approval', async () => {
  const draft = await refundOf(world(), 50_000);
  await world().team.finance.data(ADJUST_REFUND_AMOUNT, {
    input: { id: draft.id, total: 49_999, reason: 'Below the threshold' },
  });
  const submitted = await submitAsFinanceSupport(draft.id);
  expect(submitted.status).toBe('APPROVED');
  expect(approvalCounts(submitted)).toBe(true);
  const { recalculateRefund } = await world().team.finance.data<{
    recalculateRefund: RefundView;
  }>(RECALCULATE_REFUND, { input: { id: draft.id } });
  expect(recalculateRefund).toMatchObject({ status: 'APPROVED', total: { amount: 50_000 } });
  expect(approvalCounts(recalculateRefund)).toBe(false);
  const { approveRefund } = await world().team.finance.data<{ approveRefund: RefundView }>(
    APPROVE_REFUND,
    { input: { id: draft.id } },
  );
  expect(approvalCounts(approveRefund)).toBe(true);
});
