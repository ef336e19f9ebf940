import type { RefundStatus, Role } from '../../lib/graphql/generated/graphql';
import type { RefundActionName } from './urls';

/**
 * Who may do what to a refund: the console's copy of the API's refund machine, plus the
 * four-eyes rule (the submitter never approves, whatever roles they hold).
 */
interface RefundActionContext {
  readonly status: RefundStatus;
  readonly roles: readonly Role[];
  readonly viewerId: string;
  readonly submittedById: string | null | undefined;
  /**
   * An APPROVED large refund whose amount changed after approval: the approval was voided, so
   * it needs a new one before it can be issued (the API refuses with APPROVAL_REQUIRED).
   */
  readonly reapprovalNeeded?: boolean;
}

const FINANCE_DESK: readonly Role[] = ['FINANCE', 'ADMIN'];
/** ADMIN alone may not approve: approval is a finance decision. */
const APPROVERS: readonly Role[] = ['FINANCE'];
/** Nothing has been sent yet: the amount may still change (API `AMENDABLE`). */
const AMENDABLE: readonly RefundStatus[] = ['DRAFT', 'PENDING_APPROVAL', 'APPROVED'];

const RULES: Readonly<
  Record<RefundActionName, { from: readonly RefundStatus[]; roles: readonly Role[] }>
> = {
  submit: { from: ['DRAFT'], roles: FINANCE_DESK },
  approve: { from: ['PENDING_APPROVAL', 'APPROVED'], roles: APPROVERS },
  adjust: { from: AMENDABLE, roles: FINANCE_DESK },
  recalculate: { from: AMENDABLE, roles: FINANCE_DESK },
  reject: { from: ['DRAFT', 'PENDING_APPROVAL'], roles: FINANCE_DESK },
  issue: { from: ['APPROVED'], roles: FINANCE_DESK },
  retry: { from: ['FAILED'], roles: FINANCE_DESK },
};

export type ApprovalBlock = 'own-submission' | 'role' | null;

/** Why this viewer may not approve a refund awaiting approval (null: they may). */
export function approvalBlock(context: RefundActionContext): ApprovalBlock {
  if (!RULES.approve.roles.some((role) => context.roles.includes(role))) return 'role';
  if (context.submittedById === context.viewerId) return 'own-submission';
  return null;
}

export function canTakeRefundAction(
  action: RefundActionName,
  context: RefundActionContext,
): boolean {
  const rule = RULES[action];
  if (!rule.from.includes(context.status)) return false;
  if (!rule.roles.some((role) => context.roles.includes(role))) return false;
  const reapproval = context.status === 'APPROVED' && context.reapprovalNeeded === true;
  switch (action) {
    case 'approve':
      // An APPROVED refund is approved again only when a change of amount voided its approval.
      if (context.status === 'APPROVED' && !reapproval) return false;
      return approvalBlock(context) === null;
    case 'issue':
      return !reapproval;
    default:
      return true;
  }
}

export function availableRefundActions(context: RefundActionContext): RefundActionName[] {
  return (Object.keys(RULES) as RefundActionName[]).filter((action) =>
    canTakeRefundAction(action, context),
  );
}
