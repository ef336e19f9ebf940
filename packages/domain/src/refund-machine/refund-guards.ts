import {
  checkApprovalSatisfied,
  checkApprover,
  type RefundUnderApproval,
} from '../approval/approval';
import { requiresApproval } from '../approval/large-refund';
import type { Actor } from '../actors/actor';
import { err, ok, type Result } from '../result/result';
import type { IssueOutcome, RefundStatus } from './refund-status';

/** Submitting needs the amount and the large-refund threshold of its currency. */
export interface SubmitContext {
  readonly amount: number;
  readonly threshold: number;
}

/** Approving needs to know who submitted. */
export interface ApproveContext {
  readonly submitterId: string;
}

/** Issuing records the gateway's outcome for a refund whose approval is in order. */
export interface IssueContext {
  readonly outcome: IssueOutcome;
  readonly refund: RefundUnderApproval;
  readonly threshold: number;
}

/** Refuses to submit anything but a positive whole amount of minor units. */
export function requireRefundableAmount(context: SubmitContext): Result<SubmitContext> {
  if (!Number.isSafeInteger(context.amount) || context.amount < 0) {
    return err('INVALID_AMOUNT', `${context.amount} is not a whole number of minor units ≥ 0`, {
      amount: context.amount,
    });
  }
  if (context.amount === 0) return err('NOTHING_TO_REFUND', 'A refund of zero cannot be submitted');
  return ok(context);
}

/** Large refunds wait for approval; smaller ones are approved on submission. */
export function submissionTarget(context: SubmitContext): RefundStatus {
  return requiresApproval(context.amount, context.threshold) ? 'PENDING_APPROVAL' : 'APPROVED';
}

/** The approver must be FINANCE and not the submitter. */
export function requireIndependentApprover(context: ApproveContext, actor: Actor): Result<Actor> {
  return checkApprover(actor, context.submitterId);
}

/** A large refund is issued only with an approval that counts for its current amount. */
export function requireApprovalInOrder(context: IssueContext): Result<RefundUnderApproval> {
  return checkApprovalSatisfied(context.refund, context.threshold);
}

/** The gateway's outcome decides between ISSUED and FAILED. */
export function issueTarget(context: IssueContext): RefundStatus {
  return context.outcome === 'SUCCEEDED' ? 'ISSUED' : 'FAILED';
}
