import {
  largeRefundThreshold,
  type CurrencyCode,
  type RefundApproval,
  type RefundUnderApproval,
} from '@rebound/domain';
import { IsNull } from 'typeorm';
import type { TransactionContext } from '../../context';
import { RefundApprovalEntity } from './refund-approval.entity';
import type { RefundEntity } from './refund.entity';

/** The large-refund threshold of the refund's currency, in its minor units. */
export function approvalThresholdOf(refund: Pick<RefundEntity, 'currency'>): number {
  return largeRefundThreshold(refund.currency.trim() as CurrencyCode);
}

/**
 * The refund as the domain's approval rules see it: its current amount, its submitter and the
 * approvals not voided. Only FINANCE users can record an approval (the machine's `approve` and
 * `checkApprover` both insist), so every stored approval was given with the FINANCE role.
 */
export async function refundUnderApproval(
  tx: TransactionContext,
  refund: RefundEntity,
): Promise<RefundUnderApproval> {
  const rows = await tx.manager.find(RefundApprovalEntity, {
    where: { refundId: refund.id, voidedAt: IsNull() },
    order: { approvedAt: 'ASC' },
  });
  const currency = refund.currency.trim() as CurrencyCode;
  return {
    amount: refund.totalMinor,
    currency,
    submitterId: refund.submittedById ?? '',
    approvals: rows.map((row): RefundApproval => ({
      approverId: row.approverId,
      approverRoles: ['FINANCE'],
      amount: row.amountMinor,
      currency,
    })),
  };
}

/** Records the signed-in approver's approval of the refund's current amount. */
export async function recordApproval(
  tx: TransactionContext,
  refund: Pick<RefundEntity, 'id' | 'totalMinor'>,
  approvedAt: Date,
): Promise<void> {
  await tx.manager.insert(RefundApprovalEntity, {
    refundId: refund.id,
    approverId: tx.user.id,
    amountMinor: refund.totalMinor,
    approvedAt,
    voidedAt: null,
  });
}

/** Voids every approval still standing (the amount changed); returns how many. */
export async function voidApprovals(
  tx: TransactionContext,
  refundId: string,
  voidedAt: Date,
): Promise<number> {
  const result = await tx.manager.update(
    RefundApprovalEntity,
    { refundId, voidedAt: IsNull() },
    { voidedAt },
  );
  return result.affected ?? 0;
}
