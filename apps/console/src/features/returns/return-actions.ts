import type { RefundStatus, ReturnStatus, Role } from '../../lib/graphql/generated/graphql';
import type { ReturnActionName } from './urls';

/**
 * Who may do what to a return in which status: the console's copy of the API's return machine
 * (packages/domain return-machine), so that a role is only offered what the API would accept.
 * The API still decides; this only keeps impossible buttons off the screen.
 */
interface ActionRule {
  readonly from: readonly ReturnStatus[];
  readonly roles: readonly Role[];
}

const SUPPORT_DESK: readonly Role[] = ['SUPPORT', 'ADMIN'];
const WAREHOUSE_FLOOR: readonly Role[] = ['WAREHOUSE', 'ADMIN'];
const REFUND_CREATORS: readonly Role[] = ['SUPPORT', 'FINANCE', 'ADMIN'];

const RULES: Readonly<Record<ReturnActionName, ActionRule>> = {
  authorize: { from: ['REQUESTED'], roles: SUPPORT_DESK },
  reject: { from: ['REQUESTED'], roles: SUPPORT_DESK },
  cancel: { from: ['REQUESTED', 'AUTHORIZED'], roles: SUPPORT_DESK },
  'issue-label': { from: ['AUTHORIZED'], roles: SUPPORT_DESK },
  receive: { from: ['LABEL_ISSUED', 'IN_TRANSIT'], roles: WAREHOUSE_FLOOR },
  inspect: { from: ['RECEIVED'], roles: WAREHOUSE_FLOOR },
  'complete-inspection': { from: ['RECEIVED'], roles: WAREHOUSE_FLOOR },
  resolve: { from: ['INSPECTED'], roles: SUPPORT_DESK },
  'create-refund': { from: ['INSPECTED', 'AUTHORIZED'], roles: REFUND_CREATORS },
};

/** What the return page needs to know to decide which actions to offer. */
export interface ReturnActionContext {
  readonly status: ReturnStatus;
  readonly roles: readonly Role[];
  /** Its refund's status, or null when it has none. */
  readonly refundStatus: RefundStatus | null;
  /** Whether every line may be refunded without coming back (AUTHORIZED returns only). */
  readonly returnlessEligible: boolean;
  /** Lines not yet graded: inspection cannot complete while any remains. */
  readonly ungradedLines: number;
}

function roleAllows(rule: ActionRule, roles: readonly Role[]): boolean {
  return rule.roles.some((role) => roles.includes(role));
}

/** Whether `action` may be offered now; business preconditions beyond status and role included. */
export function canTakeReturnAction(
  action: ReturnActionName,
  context: ReturnActionContext,
): boolean {
  const rule = RULES[action];
  if (!rule.from.includes(context.status) || !roleAllows(rule, context.roles)) return false;
  switch (action) {
    case 'create-refund':
      // One live refund per return; an AUTHORIZED one only when it qualifies as returnless.
      if (context.refundStatus !== null && context.refundStatus !== 'REJECTED') return false;
      return context.status === 'INSPECTED' || context.returnlessEligible;
    case 'resolve':
      // A return being refunded completes when the refund is issued, not by hand.
      return context.refundStatus === null || context.refundStatus === 'REJECTED';
    case 'complete-inspection':
      return context.ungradedLines === 0;
    default:
      return true;
  }
}

/** The page's actions in the order they are shown, filtered to what may be offered. */
export function availableReturnActions(context: ReturnActionContext): ReturnActionName[] {
  return (Object.keys(RULES) as ReturnActionName[]).filter((action) =>
    canTakeReturnAction(action, context),
  );
}

/** Whether this role could ever act on returns in this status (for "nothing to do here" hints). */
export function returnActionsFor(roles: readonly Role[]): ReturnActionName[] {
  return (Object.keys(RULES) as ReturnActionName[]).filter((action) =>
    roleAllows(RULES[action], roles),
  );
}

const NEXT_STEPS: Readonly<Record<ReturnStatus, string | null>> = {
  REQUESTED: 'Next: support authorizes or rejects the request.',
  AUTHORIZED: 'Next: support issues the return label.',
  LABEL_ISSUED: 'Next: the customer ships the parcel; the warehouse receives it.',
  IN_TRANSIT: 'Next: the warehouse receives the parcel.',
  RECEIVED: 'Next: the warehouse grades each line and completes the inspection.',
  INSPECTED:
    'Next: finance or support creates the refund, or support resolves the return another way.',
  COMPLETED: null,
  REJECTED: null,
  CANCELLED: null,
};

/** Who acts next on a return in this status, for viewers with nothing to do themselves. */
export function nextStepHint(status: ReturnStatus): string | null {
  return NEXT_STEPS[status];
}
