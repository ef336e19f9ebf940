import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../../common/auth/allow';
import { runMutation } from '../../../common/run-mutation';
import type { RequestContext } from '../../../context';
import { RefundType } from '../refund.type';
import { issueRefundOnce } from './issue-refund-once';
import { IssueRefundInput, IssueRefundPayload, RetryRefundInput } from './issue-refund.types';
import { retryRefund } from './retry-refund.service';

@Resolver()
export class RefundIssueResolver {
  @Allow('FINANCE', 'ADMIN')
  @Mutation(() => IssueRefundPayload, {
    description:
      'Sends an APPROVED refund to the customer through the refund gateway (the marketplace by default): ISSUED with the external reference, or FAILED with the reason (then retryRefund and issue with a new key). When ISSUED, the return completes (an INSPECTED return resolved by REFUND; an AUTHORIZED returnless one resolved returnless, its stock written off) and supplier claims open for supplier-fault lines. Idempotent per `idempotencyKey`: a repeat answers the first result (`replayed: true`), concurrent repeats wait for it (CONFLICT after 10 s), another input under the key → IDEMPOTENCY_KEY_MISMATCH. Not APPROVED → INVALID_TRANSITION; a large refund without a FINANCE approval of its current amount → APPROVAL_REQUIRED. FINANCE and ADMIN.',
  })
  issueRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The refund to issue and the idempotency key of this attempt.' })
    input: IssueRefundInput,
  ): Promise<IssueRefundPayload> {
    return issueRefundOnce(ctx, input);
  }

  @Allow('FINANCE', 'ADMIN')
  @Mutation(() => RefundType, {
    description:
      'Makes a FAILED refund issuable again (→ APPROVED); issue it with a new idempotency key. Not FAILED → INVALID_TRANSITION. FINANCE and ADMIN.',
  })
  retryRefund(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The FAILED refund to send to the gateway again.' })
    input: RetryRefundInput,
  ): Promise<RefundType> {
    return runMutation(
      ctx,
      { action: 'retryRefund', targetType: 'Refund', targetId: input.id },
      (tx) => retryRefund(tx, input),
    );
  }
}
