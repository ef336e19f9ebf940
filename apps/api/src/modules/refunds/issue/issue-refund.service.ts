import { REFUND_MACHINE, type IssueContext } from '@rebound/domain';
import { fromDomainError, notFound } from '../../../common/errors/app-error';
import type { MutationOutcome } from '../../../common/run-mutation';
import type { TransactionContext } from '../../../context';
import { openSupplierClaims, planSupplierClaims } from '../../claims/open-claims';
import { OrderEntity } from '../../orders/order.entity';
import { approvalThresholdOf, refundUnderApproval } from '../refund-approvals';
import { RefundLineEntity } from '../refund-line.entity';
import {
  invalidRefundTransition,
  loadRefundForUpdate,
  transitionRefund,
  type RefundChanges,
} from '../refund-transition';
import { loadRefundView } from '../refund-view';
import type { RefundEntity } from '../refund.entity';
import { completeRefundedReturn, planReturnCompletion } from './complete-refunded-return';
import { completeIdempotencyKey } from './idempotency-keys';
import type { RefundGateway, RefundGatewayRequest, RefundGatewayResult } from './refund-gateway';
import type { IssueRefundAnswer } from './stored-answer';

/** The scope of issueRefund's idempotency keys. */
export const ISSUE_REFUND_SCOPE = 'issueRefund';

/** The approval part of the machine's `issue` context, for the refund as it is now. */
async function issueApproval(
  tx: TransactionContext,
  refund: RefundEntity,
): Promise<Omit<IssueContext, 'outcome'>> {
  return { refund: await refundUnderApproval(tx, refund), threshold: approvalThresholdOf(refund) };
}

/** Refuses, before the gateway is called, what the machine would refuse (status, role, approval). */
function requireIssuable(
  tx: TransactionContext,
  refund: RefundEntity,
  approval: Omit<IssueContext, 'outcome'>,
): void {
  const verdict = REFUND_MACHINE.fire(refund.status, 'issue', tx.actor, {
    ...approval,
    outcome: 'SUCCEEDED',
  });
  if (verdict.ok) return;
  if (verdict.error.code === 'INVALID_TRANSITION') throw invalidRefundTransition(refund, 'issue');
  throw fromDomainError(verdict.error);
}

async function gatewayRequest(
  tx: TransactionContext,
  refund: RefundEntity,
): Promise<RefundGatewayRequest> {
  const order = await tx.manager.findOneBy(OrderEntity, { id: refund.orderId });
  if (order === null) throw notFound('Order', refund.orderId);
  const lines = await tx.manager.find(RefundLineEntity, {
    where: { refundId: refund.id },
    order: { orderLineId: 'ASC' },
  });
  return {
    refundId: refund.id,
    orderChannel: order.channel,
    externalOrderId: order.externalId,
    currency: refund.currency.trim(),
    amount: refund.totalMinor,
    lines: lines.map((line) => ({ orderLineId: line.orderLineId, amount: line.amountMinor })),
    // Stable across a rolled-back attempt, new after FAILED → retry (the version moves on).
    idempotencyKey: `refund:${refund.id}:v${refund.version}`,
  };
}

function changesFor(result: RefundGatewayResult, now: Date): RefundChanges {
  return result.outcome === 'SUCCEEDED'
    ? { issuedAt: now, externalReference: result.reference, failureReason: null }
    : { failureReason: result.reason };
}

/**
 * Issues an APPROVED refund through the gateway (→ ISSUED, or FAILED when the gateway
 * refuses), under the idempotency key the caller already holds. The refund row stays locked
 * from before the gateway call to the commit, so a refund is sent at most once however many
 * calls race. Every refusal comes before the gateway call. When ISSUED, the same transaction
 * completes the return (as SYSTEM) and opens the supplier claims; the answer is stored under
 * the key in the same transaction too.
 */
export async function issueRefund(
  tx: TransactionContext,
  input: { id: string; idempotencyKey: string },
  gateway: RefundGateway,
): Promise<MutationOutcome<IssueRefundAnswer>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  const approval = await issueApproval(tx, refund);
  requireIssuable(tx, refund, approval);
  const request = await gatewayRequest(tx, refund);
  const completion = await planReturnCompletion(tx, refund);
  const claims = await planSupplierClaims(tx, refund);

  const result = await gateway.refund(request);
  const after = await transitionRefund(tx, refund, 'issue', changesFor(result, new Date()), {
    ...approval,
    outcome: result.outcome,
  });
  let claimsOpened = 0;
  if (after.status === 'ISSUED') {
    await completeRefundedReturn(tx, completion, after);
    claimsOpened = await openSupplierClaims(tx, after, claims);
  }
  const answer: IssueRefundAnswer = { refund: await loadRefundView(tx.manager, refund.id) };
  await completeIdempotencyKey(tx.manager, ISSUE_REFUND_SCOPE, input.idempotencyKey, answer);
  return {
    result: answer,
    targetId: refund.id,
    before: { status: refund.status, version: refund.version },
    after: {
      status: after.status,
      version: after.version,
      externalReference: after.externalReference,
      failureReason: after.failureReason,
      idempotencyKey: input.idempotencyKey,
      claimsOpened,
    },
  };
}
