import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AllowSignedIn } from '../../../common/auth/allow';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../common/pagination';
import type { RequestContext } from '../../../context';
import { linesOf, totalCountOf, type ListedPage, type ListedReturn } from './page-lazy-loads';
import { ReturnConnection } from './return-connection.type';
import { ReturnFilter } from './return-filter.input';
import { listReturns } from './return-list.service';
import { ReturnOrderEnum, type ReturnOrder } from './return-order';
import { ReturnSummaryLine } from './return-summary-line.type';
import { ReturnSummary } from './return-summary.type';

@Resolver(() => ReturnConnection)
export class ReturnListResolver {
  @AllowSignedIn()
  @Query(() => ReturnConnection, {
    description:
      'The returns list (queues, search): filtered, sorted, paged forward with keyset cursors. One page costs a fixed number of SQL statements however deep it is. Any signed-in user.',
  })
  returns(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `How many returns to return, from 1 to ${MAX_PAGE_SIZE}; more is refused with BAD_USER_INPUT (path \`first\`).`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description:
        "Continue after this cursor (an edge's cursor or pageInfo.endCursor) from a page of the same orderBy; any other is refused with BAD_USER_INPUT (path `after`).",
    })
    after: string | null,
    @Arg('filter', () => ReturnFilter, {
      nullable: true,
      description: 'Which returns to list; all of them when omitted.',
    })
    filter: ReturnFilter | null,
    @Arg('orderBy', () => ReturnOrderEnum, {
      defaultValue: 'REQUESTED_AT_DESC',
      description: 'The sort order; newest requests first by default.',
    })
    orderBy: ReturnOrder,
  ): Promise<ReturnConnection> {
    return listReturns(ctx, { first, after, filter, orderBy });
  }

  @FieldResolver(() => Int, {
    description:
      'How many returns match the filter in all (every page together). Costs one extra SQL statement, run only when this field is asked for.',
  })
  totalCount(@Root() page: ListedPage): Promise<number> {
    return totalCountOf(page);
  }
}

@Resolver(() => ReturnSummary)
export class ReturnSummaryResolver {
  @FieldResolver(() => [ReturnSummaryLine], {
    description:
      'The lines of the return in order-line order, each with its SKU and supplier. Loaded for the whole page at once (one SQL statement), never per return.',
  })
  lines(@Root() node: ListedReturn): Promise<ReturnSummaryLine[]> {
    return linesOf(node);
  }
}
