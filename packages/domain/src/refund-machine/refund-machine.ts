import type { ActorRole } from '../actors/actor';
import { defineMachine } from '../fsm/define-machine';
import {
  issueTarget,
  requireApprovalInOrder,
  requireIndependentApprover,
  requireRefundableAmount,
  submissionTarget,
  type ApproveContext,
  type IssueContext,
  type SubmitContext,
} from './refund-guards';
import { REFUND_STATUSES, TERMINAL_REFUND_STATUSES, type RefundStatus } from './refund-status';

/** The context each refund event's guard needs (`undefined`: none). */
export type RefundEventContexts = {
  submit: SubmitContext;
  approve: ApproveContext;
  reject: undefined;
  issue: IssueContext;
  retry: undefined;
};

/** One of the refund machine's events. */
export type RefundEvent = keyof RefundEventContexts;

const FINANCE_DESK: readonly ActorRole[] = ['FINANCE', 'ADMIN'];
/** Segregation of duties: DESIGN requires a FINANCE approver, so ADMIN alone cannot approve. */
const APPROVERS: readonly ActorRole[] = ['FINANCE'];
/** A worker may retry a failed gateway call. */
const RETRIERS: readonly ActorRole[] = ['FINANCE', 'ADMIN', 'SYSTEM'];

/**
 * The refund lifecycle of DESIGN §2. Checked at module load.
 * @example REFUND_MACHINE.fire('DRAFT', 'submit', finance, { amount: 4349, threshold: 50000 }) // ok({ to: 'APPROVED', … })
 */
export const REFUND_MACHINE = defineMachine<RefundStatus, RefundEventContexts>({
  name: 'refund',
  states: REFUND_STATUSES,
  initial: 'DRAFT',
  terminal: TERMINAL_REFUND_STATUSES,
  events: {
    submit: [
      {
        from: 'DRAFT',
        to: ['PENDING_APPROVAL', 'APPROVED'],
        choose: submissionTarget,
        roles: FINANCE_DESK,
        guard: requireRefundableAmount,
      },
    ],
    approve: [
      {
        from: 'PENDING_APPROVAL',
        to: 'APPROVED',
        roles: APPROVERS,
        guard: requireIndependentApprover,
      },
    ],
    reject: [
      { from: 'DRAFT', to: 'REJECTED', roles: FINANCE_DESK },
      { from: 'PENDING_APPROVAL', to: 'REJECTED', roles: FINANCE_DESK },
    ],
    issue: [
      {
        from: 'APPROVED',
        to: ['ISSUED', 'FAILED'],
        choose: issueTarget,
        roles: FINANCE_DESK,
        guard: requireApprovalInOrder,
      },
    ],
    retry: [{ from: 'FAILED', to: 'APPROVED', roles: RETRIERS }],
  },
});
