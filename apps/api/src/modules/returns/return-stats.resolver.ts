import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { countReturnsByStatus } from './return-stats.service';
import { ReturnStats } from './return-stats.type';

@Resolver()
export class ReturnStatsResolver {
  @Query(() => ReturnStats, {
    description: 'How many returns exist, in total and per lifecycle status.',
  })
  returnStats(@Ctx() ctx: RequestContext): Promise<ReturnStats> {
    return countReturnsByStatus(ctx);
  }
}
