import { Ctx, Query, Resolver } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { countReturnsByStatus } from './return-stats.service';
import { ReturnStats } from './return-stats.type';

@Resolver()
export class ReturnStatsResolver {
  @AllowSignedIn()
  @Query(() => ReturnStats, {
    description: 'How many returns exist, in total and per lifecycle status. Any signed-in user.',
  })
  returnStats(@Ctx() ctx: RequestContext): Promise<ReturnStats> {
    return countReturnsByStatus(ctx);
  }
}
