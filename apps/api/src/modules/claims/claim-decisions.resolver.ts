import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { claimRoles } from './claim-machine';
import {
  acceptSupplierClaim,
  rejectSupplierClaim,
  submitSupplierClaim,
} from './claim-decisions.service';
import {
  AcceptSupplierClaimInput,
  RejectSupplierClaimInput,
  SubmitSupplierClaimInput,
} from './claim-decisions.types';
import { SupplierClaimType } from './supplier-claim.type';

const TARGET = 'SupplierClaim';

/** Finance's side of the claim lifecycle; roles as the claim machine allows them. */
@Resolver()
export class ClaimDecisionsResolver {
  @Allow(...claimRoles('submit'))
  @Mutation(() => SupplierClaimType, {
    description:
      'Records that an OPEN claim was sent to the supplier (→ SUBMITTED). INVALID_TRANSITION from any other status; CONFLICT when changed meanwhile. FINANCE or ADMIN.',
  })
  submitSupplierClaim(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The claim to submit to its supplier.' })
    input: SubmitSupplierClaimInput,
  ): Promise<SupplierClaimType> {
    return runMutation(
      ctx,
      { action: 'submitSupplierClaim', targetType: TARGET, targetId: input.id },
      (tx) => submitSupplierClaim(tx, input),
    );
  }

  @Allow(...claimRoles('accept'))
  @Mutation(() => SupplierClaimType, {
    description:
      "Records the supplier's acceptance of a SUBMITTED claim (→ ACCEPTED) with the amount credited, 0 to the claimed amount (BAD_USER_INPUT on input.credited otherwise), and their reference. INVALID_TRANSITION from any other status; CONFLICT when changed meanwhile. FINANCE or ADMIN.",
  })
  acceptSupplierClaim(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The claim the supplier accepted and what they agreed to pay.' })
    input: AcceptSupplierClaimInput,
  ): Promise<SupplierClaimType> {
    return runMutation(
      ctx,
      { action: 'acceptSupplierClaim', targetType: TARGET, targetId: input.id },
      (tx) => acceptSupplierClaim(tx, input),
    );
  }

  @Allow(...claimRoles('reject'))
  @Mutation(() => SupplierClaimType, {
    description:
      "Records the supplier's refusal of a SUBMITTED claim (→ REJECTED) with their reason. INVALID_TRANSITION from any other status; CONFLICT when changed meanwhile. FINANCE or ADMIN.",
  })
  rejectSupplierClaim(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The claim the supplier rejected and why.' })
    input: RejectSupplierClaimInput,
  ): Promise<SupplierClaimType> {
    return runMutation(
      ctx,
      { action: 'rejectSupplierClaim', targetType: TARGET, targetId: input.id },
      (tx) => rejectSupplierClaim(tx, input),
    );
  }
}
