import {
  allocate,
  amendRefundAmount,
  checkWithinRemaining,
  type RefundStatus,
} from '@rebound/domain';
import { AppError, fromDomainError } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { loadReturn } from '../returns/return-transition';
import { computeRefund, type ComputedRefund } from './compute-refund';
import { refundUnderApproval, voidApprovals } from './refund-approvals';
import type { AdjustRefundAmountInput, RecalculateRefundInput } from './refund-desk.types';
import { replaceRefundLines } from './refund-lines.store';
import { refundOutcome } from './refund-outcome';
import { loadRefundForUpdate, saveRefundChanges } from './refund-transition';
import type { RefundEntity } from './refund.entity';
import type { RefundType } from './refund.type';
import type { StoredBreakdown } from './stored-breakdown';

/** Statuses in which a refund's amount may still change (nothing has been sent). */
const AMENDABLE: readonly RefundStatus[] = ['DRAFT', 'PENDING_APPROVAL', 'APPROVED'];

function requireAmendable(refund: RefundEntity, action: string): void {
  if (AMENDABLE.includes(refund.status)) return;
  throw new AppError(
    'INVALID_TRANSITION',
    `Cannot ${action} refund ${refund.id}: it is ${refund.status}, and only a ${AMENDABLE.join(', ')} refund can change its amount`,
    { from: refund.status, event: action, to: refund.status, allowedFrom: [...AMENDABLE] },
  );
}

async function recompute(tx: TransactionContext, refund: RefundEntity): Promise<ComputedRefund> {
  const rma = await loadReturn(tx, refund.returnId);
  return computeRefund(tx, rma, { returnless: refund.returnless, excludeRefundId: refund.id });
}

/**
 * Stores a new breakdown, total and per-line amounts. A different total voids every approval
 * still standing (domain `amendRefundAmount`); the status does not change, since the refund
 * machine has no way back to PENDING_APPROVAL: a large refund then needs a new approval before
 * it can be issued (the machine's `issue` guard checks the approval against the current amount).
 */
async function storeAmount(
  tx: TransactionContext,
  refund: RefundEntity,
  breakdown: StoredBreakdown,
): Promise<{ after: RefundEntity; approvalsVoided: number }> {
  const standing = await refundUnderApproval(tx, refund);
  const amended = amendRefundAmount(standing, breakdown.total);
  const approvalsVoided =
    amended.approvals.length < standing.approvals.length
      ? await voidApprovals(tx, refund.id, new Date())
      : 0;
  const after = await saveRefundChanges(tx, refund, { totalMinor: breakdown.total, breakdown });
  await replaceRefundLines(
    tx,
    refund.id,
    breakdown.lines.map((line) => ({ orderLineId: line.orderLineId, amount: line.refund })),
  );
  return { after, approvalsVoided };
}

/**
 * Recomputes a refund from its return as it is now (inspection, label, other refunds of the
 * order). A manual adjustment is discarded: the calculator's total applies again.
 */
export async function recalculateRefund(
  tx: TransactionContext,
  input: RecalculateRefundInput,
): Promise<MutationOutcome<RefundType>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  requireAmendable(refund, 'recalculate');
  const { breakdown } = await recompute(tx, refund);
  const { after, approvalsVoided } = await storeAmount(tx, refund, breakdown);
  return refundOutcome(tx, refund, after, { approvalsVoided });
}

/** The adjusted total split over the lines in proportion to what the calculator gave each. */
function reallocate(computed: StoredBreakdown, total: number): StoredBreakdown['lines'] {
  if (total === 0) return computed.lines.map((line) => ({ ...line, refund: 0 }));
  const parts = allocate(
    total,
    computed.lines.map((line) => line.refund),
  );
  if (!parts.ok) throw fromDomainError(parts.error);
  return computed.lines.map((line, index) => ({ ...line, refund: parts.value[index] ?? 0 }));
}

/**
 * Finance lowers a refund's total (never above what the calculator computes now:
 * REFUND_EXCEEDS_REMAINING); the lines are re-allocated in proportion with the domain's
 * `allocate`, the reason is kept with the breakdown, and approvals of another amount are voided.
 */
export async function adjustRefundAmount(
  tx: TransactionContext,
  input: AdjustRefundAmountInput,
): Promise<MutationOutcome<RefundType>> {
  const refund = await loadRefundForUpdate(tx, input.id);
  requireAmendable(refund, 'adjust');
  const { breakdown } = await recompute(tx, refund);
  const within = checkWithinRemaining(input.total, breakdown.total);
  if (!within.ok) {
    throw new AppError(
      within.error.code,
      `An adjustment may only lower the total: at most ${breakdown.total} minor units are refundable for this return now`,
      { amount: input.total, computedTotal: breakdown.total, path: 'input.total' },
    );
  }
  const reason = input.reason.trim();
  const adjusted: StoredBreakdown = {
    ...breakdown,
    lines: reallocate(breakdown, input.total),
    total: input.total,
    adjustment: {
      computedTotal: breakdown.total,
      reason,
      adjustedById: tx.user.id,
      adjustedAt: new Date().toISOString(),
    },
  };
  const { after, approvalsVoided } = await storeAmount(tx, refund, adjusted);
  return refundOutcome(tx, refund, after, {
    approvalsVoided,
    computedTotal: breakdown.total,
    reason,
  });
}
