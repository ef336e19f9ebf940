import { setRefundGateway } from '../refund-gateway.registry';
import { MarketplaceRefundGateway } from '../marketplace-refund-gateway';
import { createRefund, createReturn } from './issue-fixtures';
import {
  codesOf,
  issue,
  issueOk,
  issueTableCounts,
  newKey,
  RETRY_REFUND,
  startIssueTestbed,
  storedRefund,
  storedReturn,
  type IssueTestbed,
  type RefundAnswer,
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

/** An INSPECTED return of one television (699.99, seller fault): its refund needs approval. */
async function largeRefund(approvals: Parameters<typeof createRefund>[3] = {}) {
  const { world } = bed;
  const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
    { sku: world.television, reason: 'NOT_AS_DESCRIBED', grade: 'NEW' },
  ]);
  return { rma, refund: await createRefund(bed.database.dataSource, world, rma, approvals) };
}

/** Issues and expects a refusal with `code` that changed nothing and never reached the gateway. */
async function expectRefused(refundId: string, code: string): Promise<void> {
  const before = await issueTableCounts(bed);
  const refundBefore = await storedRefund(bed, refundId);
  const response = await issue(bed.finance, refundId, newKey('refused'));
  expect(codesOf(response)).toEqual([code]);
  expect(await issueTableCounts(bed)).toEqual(before);
  expect(await storedRefund(bed, refundId)).toEqual(refundBefore);
  expect(bed.gateway.callsFor(refundId)).toEqual([]);
}

describe('what cannot be issued', () => {
  test('a PENDING_APPROVAL refund cannot be issued: INVALID_TRANSITION, nothing changes', async () => {
    const { refund } = await largeRefund({ status: 'PENDING_APPROVAL' });
    await expectRefused(refund.id, 'INVALID_TRANSITION');
  });

  test('an APPROVED large refund whose approval was voided cannot be issued: APPROVAL_REQUIRED', async () => {
    const { refund } = await largeRefund({
      approvals: [{ approver: bed.world.approver, voided: true }],
    });
    await expectRefused(refund.id, 'APPROVAL_REQUIRED');
  });

  test('an approval of another amount does not count for the current one: APPROVAL_REQUIRED', async () => {
    const { refund } = await largeRefund({
      approvals: [{ approver: bed.world.approver, amountMinor: 50_000 }],
    });
    await expectRefused(refund.id, 'APPROVAL_REQUIRED');
  });

  test('a large refund approved by a second FINANCE user for its current amount is issued', async () => {
    const { refund } = await largeRefund({ approvals: [{ approver: bed.world.approver }] });
    const answer = await issueOk(bed.finance, refund.id, newKey());
    expect(answer.refund).toMatchObject({ status: 'ISSUED', total: { amount: 69999 } });
  });

  test('an unknown refund is NOT_FOUND and leaves no key behind', async () => {
    const before = await issueTableCounts(bed);
    const response = await issue(bed.finance, '00000000-0000-4000-8000-000000000000', newKey());
    expect(codesOf(response)).toEqual(['NOT_FOUND']);
    expect(await issueTableCounts(bed)).toEqual(before);
  });
});

describe('a failed gateway call, then retry', () => {
  test('gateway FAILED → refund FAILED with its reason; retryRefund → APPROVED; a new key issues it', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
      { sku: world.kettle, reason: 'DEFECTIVE', grade: 'DEFECTIVE' },
    ]);
    const refund = await createRefund(bed.database.dataSource, world, rma);
    const firstKey = newKey('first');
    bed.gateway.failAfter(0, 'Seller Central: the order is closed for refunds');

    const failed = await issueOk(bed.finance, refund.id, firstKey);
    expect(failed.refund).toMatchObject({
      status: 'FAILED',
      failureReason: 'Seller Central: the order is closed for refunds',
      externalReference: null,
      issuedAt: null,
    });
    // Nothing follows a failure: the return waits, no claim is opened.
    expect((await storedReturn(bed, rma.id)).status).toBe('INSPECTED');
    const claims = 'SELECT count(*)::int AS count FROM supplier_claims WHERE refund_id = $1';
    expect(await bed.database.dataSource.query(claims, [refund.id])).toEqual([{ count: 0 }]);

    // The failure is the key's stored answer.
    bed.gateway.reset();
    const replay = await issueOk(bed.finance, refund.id, firstKey);
    expect(replay).toEqual({ replayed: true, refund: failed.refund });

    const { retryRefund } = await bed.finance.data<{ retryRefund: RefundAnswer }>(RETRY_REFUND, {
      input: { id: refund.id },
    });
    expect(retryRefund).toMatchObject({
      status: 'APPROVED',
      failureReason: failed.refund.failureReason,
    });
    expect((await issueOk(bed.finance, refund.id, firstKey)).refund.status).toBe('FAILED');

    const issued = await issueOk(bed.finance, refund.id, newKey('second'));
    expect(issued.refund).toMatchObject({ status: 'ISSUED', failureReason: null });
    expect((await storedReturn(bed, rma.id)).status).toBe('COMPLETED');
    expect(bed.gateway.callsFor(refund.id).map((call) => call.idempotencyKey)).toEqual([
      `refund:${refund.id}:v1`,
      `refund:${refund.id}:v3`,
    ]);
  });

  test('retryRefund on a refund that is not FAILED is INVALID_TRANSITION', async () => {
    const { refund } = await largeRefund({ approvals: [{ approver: bed.world.approver }] });
    const response = await bed.finance.gql(RETRY_REFUND, { input: { id: refund.id } });
    expect(codesOf(response)).toEqual(['INVALID_TRANSITION']);
    expect(await storedRefund(bed, refund.id)).toMatchObject({ status: 'APPROVED', version: 1 });
  });
});

describe('the built-in marketplace gateway', () => {
  test('answers a Seller Central reference: SC-<order number>-<8 uppercase letters or digits>', async () => {
    const { world } = bed;
    const rma = await createReturn(bed.database.dataSource, world, 'INSPECTED', [
      { sku: world.lamp, reason: 'WRONG_SIZE_LARGE', grade: 'NEW' },
    ]);
    const refund = await createRefund(bed.database.dataSource, world, rma);
    const scripted = setRefundGateway(new MarketplaceRefundGateway());
    try {
      const answer = await issueOk(bed.finance, refund.id, newKey());
      expect(answer.refund.externalReference).toMatch(
        new RegExp(`^SC-${rma.externalOrderId}-[A-Z0-9]{8}$`),
      );
    } finally {
      setRefundGateway(scripted);
    }
  });
});
