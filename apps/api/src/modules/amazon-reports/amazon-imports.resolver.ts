import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import type { RequestContext } from '../../context';
import { listImportRuns, listReturnsToReview } from './amazon-import-queries.service';
import {
  AmazonImportRunConnection,
  AmazonImportRunType,
  AmazonReturnToReviewConnection,
} from './amazon-import-run.type';

@Resolver(() => AmazonImportRunType)
export class AmazonImportsResolver {
  @Allow('SUPPORT', 'ADMIN')
  @Query(() => AmazonImportRunConnection, {
    description:
      'Past imports of Amazon returns reports, newest first, a page at a time (keyset cursors). SUPPORT and ADMIN.',
  })
  amazonImportRuns(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page.',
    })
    after: string | null,
  ): Promise<AmazonImportRunConnection> {
    return listImportRuns(ctx, { first, after });
  }

  @Allow('SUPPORT', 'ADMIN')
  @Query(() => AmazonReturnToReviewConnection, {
    description:
      'Return lines imported from Amazon reports whose reason is not in the catalogue (flagged for review), by RMA number. SUPPORT and ADMIN.',
  })
  amazonReturnsToReview(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page.',
    })
    after: string | null,
  ): Promise<AmazonReturnToReviewConnection> {
    return listReturnsToReview(ctx, { first, after });
  }
}
