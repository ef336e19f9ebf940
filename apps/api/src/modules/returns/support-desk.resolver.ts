import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { requestReturn } from './request-return.service';
import { RequestReturnInput } from './request-return.types';
import { resolveReturn, resolveReturnless } from './resolve-return.service';
import { machineRoles, SUPPORT_DESK } from './return-roles';
import { RmaType } from './return.type';
import { authorizeReturn, cancelReturn, rejectReturn } from './support-decisions.service';
import {
  AuthorizeReturnInput,
  CancelReturnInput,
  RejectReturnInput,
  ResolveReturnInput,
  ResolveReturnlessInput,
} from './support-desk.types';

/** The support desk's side of the return lifecycle; roles as the return machine allows them. */
@Resolver()
export class SupportDeskResolver {
  @Allow(...SUPPORT_DESK)
  @Mutation(() => RmaType, {
    description:
      'Enters a return request for an order, judged by the return policy: RETURN_WINDOW_EXPIRED (late, no override), QUANTITY_EXCEEDS_RETURNABLE, ORDER_LINE_NOT_IN_ORDER, DUPLICATE_RETURN_LINE, ORDER_NOT_DELIVERED, OVERRIDE_REASON_TOO_SHORT. Returns the new REQUESTED return. SUPPORT or ADMIN.',
  })
  requestReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The order, the lines to return and why.' })
    input: RequestReturnInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'requestReturn', targetType: 'Return', targetId: null },
      (tx) => requestReturn(tx, input),
    );
  }

  @Allow(...machineRoles('authorize'))
  @Mutation(() => RmaType, {
    description:
      'Authorizes a REQUESTED return (→ AUTHORIZED) and stops the first-response clock. SUPPORT or ADMIN.',
  })
  authorizeReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return to authorize (and a policy override reason).' })
    input: AuthorizeReturnInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'authorizeReturn', targetType: 'Return', targetId: input.id },
      (tx) => authorizeReturn(tx, input),
    );
  }

  @Allow(...machineRoles('reject'))
  @Mutation(() => RmaType, {
    description:
      'Rejects a REQUESTED return (→ REJECTED) with a decline reason; OTHER needs a note (DECLINE_NOTE_REQUIRED). SUPPORT or ADMIN.',
  })
  rejectReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return to decline and why.' }) input: RejectReturnInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'rejectReturn', targetType: 'Return', targetId: input.id },
      (tx) => rejectReturn(tx, input),
    );
  }

  @Allow(...machineRoles('cancel'))
  @Mutation(() => RmaType, {
    description:
      'Cancels a REQUESTED or AUTHORIZED return (→ CANCELLED) with a reason. SUPPORT or ADMIN.',
  })
  cancelReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return to cancel.' }) input: CancelReturnInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'cancelReturn', targetType: 'Return', targetId: input.id },
      (tx) => cancelReturn(tx, input),
    );
  }

  @Allow(...machineRoles('resolve'))
  @Mutation(() => RmaType, {
    description:
      'Completes an INSPECTED return (→ COMPLETED) by REPLACEMENT (needs replacementOrderId) or DECLINE (needs declineReason). REFUND is refused with REFUND_NOT_ISSUED until refunds exist. SUPPORT or ADMIN.',
  })
  resolveReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return and how it was resolved.' }) input: ResolveReturnInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'resolveReturn', targetType: 'Return', targetId: input.id },
      (tx) => resolveReturn(tx, input),
    );
  }

  @Allow(...machineRoles('resolveReturnless'))
  @Mutation(() => RmaType, {
    description:
      'Completes an AUTHORIZED return without the items coming back (→ COMPLETED). Refused with RETURNLESS_NOT_ELIGIBLE when a line does not qualify, and for now with REFUND_NOT_ISSUED when all do (the refund must be issued first; refunds come later). SUPPORT or ADMIN.',
  })
  resolveReturnless(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return to settle without the item coming back.' })
    input: ResolveReturnlessInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'resolveReturnless', targetType: 'Return', targetId: input.id },
      (tx) => resolveReturnless(tx, input),
    );
  }
}
