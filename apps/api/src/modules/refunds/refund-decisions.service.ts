import { checkApprover, isApprovalSatisfied } from '@rebound/domain';
import { fromDomainError } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { approvalThresholdOf, recordApproval, refundUnderApproval } from './refund-approvals';
import type { ApproveRefundInput, RejectRefundInput, SubmitRefundInput } from './refund-desk.types';
import { refundOutcome } from './refund-outcome';
import {
  invalidRefundTransition,
  loadRefundForUpdate,
  saveRefundChanges,
  transitionRefund,
} from './refund-transition';
import type { RefundEntity } from './refund.entity';
import type { RefundType } from './refund.type';

/**
 * Submits a DRAFT refund: to PENDING_APPROVAL when its total is at or above the large-refund
 * threshold of its currency, else straight to APPROVED (the machine's `submit` decides; a zero
 * total is NOTHING_TO_REFUND). The submitter is recorded: they can never approve it.
 */
export async function submitRefund(
  tx: TransactionContext,
  input: SubmitRefundInput,
): Promise<MutationOutcome<RefundType>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  const threshold = approvalThresholdOf(refund);
  const after = await transitionRefund(
    tx,
    refund,
    'submit',
    { submittedById: tx.user.id, submittedAt: new Date() },
    { amount: refund.totalMinor, threshold },
  );
  return refundOutcome(tx, refund, after, { threshold });
}

/**
 * An APPROVED refund whose amount changed after approval (its approvals were voided) needs a
 * new one before it can be issued, but the machine has no way back to PENDING_APPROVAL: the
 * approval is recorded without a status change, under the same rule as the machine's guard.
 */
async function reapprove(tx: TransactionContext, refund: RefundEntity): Promise<RefundEntity> {
  const standing = await refundUnderApproval(tx, refund);
  if (isApprovalSatisfied(standing, approvalThresholdOf(refund))) {
    throw invalidRefundTransition(refund, 'approve');
  }
  const approver = checkApprover(tx.actor, standing.submitterId);
  if (!approver.ok) throw fromDomainError(approver.error);
  return saveRefundChanges(tx, refund, {});
}

/**
 * A second FINANCE user approves a large refund (PENDING_APPROVAL → APPROVED) at its current
 * amount; the submitter is refused (APPROVER_IS_SUBMITTER) whatever other roles they hold.
 */
export async function approveRefund(
  tx: TransactionContext,
  input: ApproveRefundInput,
): Promise<MutationOutcome<RefundType>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  const after =
    refund.status === 'APPROVED'
      ? await reapprove(tx, refund)
      : await transitionRefund(
          tx,
          refund,
          'approve',
          {},
          {
            submitterId: refund.submittedById ?? '',
          },
        );
  await recordApproval(tx, after, new Date());
  return refundOutcome(tx, refund, after, { approvedAmount: after.totalMinor });
}

/** Finance refuses a DRAFT or PENDING_APPROVAL refund with a reason; the amount it held is released. */
export async function rejectRefund(
  tx: TransactionContext,
  input: RejectRefundInput,
): Promise<MutationOutcome<RefundType>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  const reason = input.reason.trim();
  const after = await transitionRefund(tx, refund, 'reject', { rejectionReason: reason });
  return refundOutcome(tx, refund, after, { reason });
}
