import type { RefundDetailQuery } from '../../lib/graphql/generated/graphql';

export type RefundDetail = NonNullable<RefundDetailQuery['refund']>;

/** The approvals that still count: a changed amount voids earlier ones. */
export function liveApprovals(refund: RefundDetail): RefundDetail['approvals'] {
  return refund.approvals.filter(
    (approval) => approval.voidedAt === null || approval.voidedAt === undefined,
  );
}

/** Who submitted, in the viewer's words: "you" or "another user". */
export function submitterLabel(
  refund: Pick<RefundDetail, 'submittedById'>,
  viewerId: string,
): string {
  if (refund.submittedById === null || refund.submittedById === undefined)
    return 'Not submitted yet';
  return refund.submittedById === viewerId ? 'You' : 'Another finance user';
}
