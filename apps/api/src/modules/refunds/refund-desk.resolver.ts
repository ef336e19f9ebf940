import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { adjustRefundAmount, recalculateRefund } from './amend-refund.service';
import { createRefund } from './create-refund.service';
import { approveRefund, rejectRefund, submitRefund } from './refund-decisions.service';
import {
  AdjustRefundAmountInput,
  ApproveRefundInput,
  CreateRefundInput,
  RecalculateRefundInput,
  RejectRefundInput,
  SubmitRefundInput,
} from './refund-desk.types';
import { RefundType } from './refund.type';

/** Computing, amending and deciding refunds; issuing them lives in `issue/`. */
@Resolver()
export class RefundDeskResolver {
  @Allow('SUPPORT', 'FINANCE', 'ADMIN')
  @Mutation(() => RefundType, {
    description:
      'Computes the refund of an INSPECTED return (or of an AUTHORIZED one eligible for a returnless refund) and stores it as a DRAFT with its breakdown. One refund per return that is not REJECTED (CONFLICT otherwise); INSPECTION_INCOMPLETE before inspection; RETURNLESS_NOT_ELIGIBLE for an AUTHORIZED return that must come back. SUPPORT, FINANCE or ADMIN.',
  })
  createRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return to refund and how.' }) input: CreateRefundInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'createRefund', targetType: 'Refund', targetId: null },
      (tx) => createRefund(tx, input),
    );
  }

  @Allow('FINANCE', 'ADMIN')
  @Mutation(() => RefundType, {
    description:
      'Recomputes a DRAFT, PENDING_APPROVAL or APPROVED refund from its return as it is now (clears a manual adjustment). When the total changes, standing approvals are voided and a large refund needs a new approval before it is issued; the status does not change. FINANCE or ADMIN.',
  })
  recalculateRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The refund to recompute.' }) input: RecalculateRefundInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'recalculateRefund', targetType: 'Refund', targetId: input.id },
      (tx) => recalculateRefund(tx, input),
    );
  }

  @Allow('FINANCE', 'ADMIN')
  @Mutation(() => RefundType, {
    description:
      'Lowers the total of a DRAFT, PENDING_APPROVAL or APPROVED refund by hand, with a reason: never above what the calculator computes now (REFUND_EXCEEDS_REMAINING). Lines are re-allocated in proportion; approvals of another amount are voided. FINANCE or ADMIN.',
  })
  adjustRefundAmount(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The refund, its new total and why.' })
    input: AdjustRefundAmountInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'adjustRefundAmount', targetType: 'Refund', targetId: input.id },
      (tx) => adjustRefundAmount(tx, input),
    );
  }

  @Allow('FINANCE', 'ADMIN')
  @Mutation(() => RefundType, {
    description:
      'Submits a DRAFT refund: PENDING_APPROVAL when the total is at or above the large-refund threshold (approvalThreshold), else APPROVED at once. A zero total is NOTHING_TO_REFUND. The submitter may not approve it. FINANCE or ADMIN.',
  })
  submitRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The DRAFT refund to submit.' }) input: SubmitRefundInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'submitRefund', targetType: 'Refund', targetId: input.id },
      (tx) => submitRefund(tx, input),
    );
  }

  @Allow('FINANCE')
  @Mutation(() => RefundType, {
    description:
      'Approves a large refund at its current amount (PENDING_APPROVAL → APPROVED), or re-approves an APPROVED one whose amount changed since. The approver must not be the submitter (APPROVER_IS_SUBMITTER), whatever roles they hold. FINANCE only — ADMIN alone may not approve.',
  })
  approveRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The refund to approve.' }) input: ApproveRefundInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'approveRefund', targetType: 'Refund', targetId: input.id },
      (tx) => approveRefund(tx, input),
    );
  }

  @Allow('FINANCE', 'ADMIN')
  @Mutation(() => RefundType, {
    description:
      'Refuses a DRAFT or PENDING_APPROVAL refund with a reason (→ REJECTED); the amount it held for the order lines is released. FINANCE or ADMIN.',
  })
  rejectRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The refund to reject and why.' }) input: RejectRefundInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'rejectRefund', targetType: 'Refund', targetId: input.id },
      (tx) => rejectRefund(tx, input),
    );
  }
}
