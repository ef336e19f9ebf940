import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { loadReturnView } from './load-return-view';
import { returnPolicyInForce, toReturnPolicyType } from './return-policy.service';
import { ReturnPolicyType } from './return-policy.type';
import { RmaType } from './return.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver()
export class ReturnQueryResolver {
  @AllowSignedIn()
  @Query(() => RmaType, {
    name: 'return',
    nullable: true,
    description:
      'One return with its lines, inspections, timeline and notes; null when no return has this id (GraphQL convention: a missing object is null, not an error). Any signed-in user.',
  })
  async returnById(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The return’s id.' }) id: string,
  ): Promise<RmaType | null> {
    // An id that is not a UUID names no return; asking the database would only fail.
    return UUID.test(id) ? loadReturnView(ctx.dataSource.manager, { id }) : null;
  }

  @AllowSignedIn()
  @Query(() => RmaType, {
    nullable: true,
    description:
      'One return found by its RMA number (e.g. RMA-100042), with lines, inspections, timeline and notes; null when none has it. Any signed-in user.',
  })
  returnByRma(
    @Ctx() ctx: RequestContext,
    @Arg('rmaNumber', {
      description:
        'The RMA number as printed, e.g. RMA-100042 (case and surrounding spaces ignored).',
    })
    rmaNumber: string,
  ): Promise<RmaType | null> {
    return loadReturnView(ctx.dataSource.manager, { rmaNumber: rmaNumber.trim().toUpperCase() });
  }

  @AllowSignedIn()
  @Query(() => ReturnPolicyType, {
    description:
      'The return policy in force: window, holiday rule, time zone, override rule, returnless thresholds and SLA promises. Any signed-in user.',
  })
  async returnPolicy(@Ctx() ctx: RequestContext): Promise<ReturnPolicyType> {
    return toReturnPolicyType(await returnPolicyInForce(ctx.dataSource.manager));
  }
}
