import type { RefundDetailQuery } from '../../lib/graphql/generated/graphql';

export type RefundDetail = NonNullable<RefundDetailQuery['refund']>;

/** The approvals that still count: a changed amount voids earlier ones. */
export function liveApprovals<Approval extends { readonly voidedAt?: string | null }>(refund: {
  readonly approvals: readonly Approval[];
}): Approval[] {
  return refund.approvals.filter(
    (approval) => approval.voidedAt === null || approval.voidedAt === undefined,
  );
}

/**
 * An APPROVED large refund whose amount changed after approval: the change voided the
 * approval, and the API refuses to issue it (APPROVAL_REQUIRED) until a finance user other
 * than the submitter approves the new amount.
 */
export function reapprovalNeeded(
  refund: Pick<RefundDetail, 'status' | 'needsApproval' | 'total' | 'approvals'>,
): boolean {
  if (refund.status !== 'APPROVED' || !refund.needsApproval) return false;
  return !liveApprovals(refund).some((approval) => approval.amount === refund.total.amount);
}

interface Submitted {
  readonly submittedById?: string | null;
  readonly submittedBy?: { readonly id: string; readonly displayName: string } | null;
}

/** Who submitted, in the viewer's words: "You", or the submitter's name. */
export function submitterLabel(refund: Submitted, viewerId: string): string {
  if (refund.submittedById === null || refund.submittedById === undefined)
    return 'Not submitted yet';
  if (refund.submittedById === viewerId) return 'You';
  return refund.submittedBy?.displayName ?? 'Another finance user';
}
