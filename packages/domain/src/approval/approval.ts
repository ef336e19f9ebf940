import { hasRole, isSameUser, type Actor, type Role } from '../actors/actor';
import type { CurrencyCode } from '../money/currency';
import { err, ok, type Result } from '../result/result';
import { requiresApproval } from './large-refund';

/** A recorded approval of a refund amount. */
export interface RefundApproval {
  readonly approverId: string;
  /** The approver's roles when they approved. */
  readonly approverRoles: readonly Role[];
  /** The amount approved, in minor units; approving one amount says nothing of another. */
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/** A refund as far as approval is concerned. */
export interface RefundUnderApproval {
  readonly amount: number;
  readonly currency: CurrencyCode;
  /** The user who submitted the refund; they can never approve it. */
  readonly submitterId: string;
  readonly approvals: readonly RefundApproval[];
}

/**
 * Checks who approves: a FINANCE user who is not the submitter. Several roles do not make a
 * second person, so the submitter is recognised by user id whatever roles they hold.
 * @example checkApprover(userActor('u-2', ['FINANCE']), 'u-1') // ok
 * @example checkApprover(userActor('u-1', ['FINANCE', 'ADMIN']), 'u-1') // APPROVER_IS_SUBMITTER
 */
export function checkApprover(approver: Actor, submitterId: string): Result<Actor> {
  if (!hasRole(approver, 'FINANCE')) {
    return err('FORBIDDEN', 'Only a FINANCE user can approve a refund', {
      requiredRole: 'FINANCE',
    });
  }
  if (isSameUser(approver, submitterId)) {
    return err(
      'APPROVER_IS_SUBMITTER',
      'A refund must be approved by someone other than its submitter',
      {
        submitterId,
      },
    );
  }
  return ok(approver);
}

/**
 * An approval counts only when given by a FINANCE user other than the submitter, for the
 * refund's current amount and currency: changing the amount voids earlier approvals.
 */
export function countsAsApproval(approval: RefundApproval, refund: RefundUnderApproval): boolean {
  return (
    approval.approverRoles.includes('FINANCE') &&
    approval.approverId !== refund.submitterId &&
    approval.amount === refund.amount &&
    approval.currency === refund.currency
  );
}

/**
 * Changes a refund's amount; any change voids the approvals given so far.
 * @example amendRefundAmount(refund, refund.amount + 1).approvals // []
 */
export function amendRefundAmount(
  refund: RefundUnderApproval,
  amount: number,
): RefundUnderApproval {
  return amount === refund.amount ? refund : { ...refund, amount, approvals: [] };
}

/**
 * Tells whether the refund may be issued as far as approval goes: below the threshold it
 * needs none; at or above it needs one approval that counts.
 */
export function isApprovalSatisfied(refund: RefundUnderApproval, threshold: number): boolean {
  return (
    !requiresApproval(refund.amount, threshold) ||
    refund.approvals.some((approval) => countsAsApproval(approval, refund))
  );
}

/** {@link isApprovalSatisfied} as a guard: APPROVAL_REQUIRED when it is not. */
export function checkApprovalSatisfied(
  refund: RefundUnderApproval,
  threshold: number,
): Result<RefundUnderApproval> {
  if (isApprovalSatisfied(refund, threshold)) return ok(refund);
  return err('APPROVAL_REQUIRED', 'This refund needs a FINANCE approval for its current amount', {
    amount: refund.amount,
    currency: refund.currency,
    threshold,
  });
}
