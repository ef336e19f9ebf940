import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { listImportRuns, listReturnsToReview } from './amazon-import-queries.service';
import {
  AmazonImportRunConnection,
  AmazonImportRunType,
  AmazonReturnToReviewConnection,
} from './amazon-import-run.type';
import { reviewAmazonReturnReason } from './review-reason.service';
import {
  ReviewAmazonReturnReasonInput,
  ReviewAmazonReturnReasonPayload,
} from './review-reason.types';

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

  @Allow('SUPPORT', 'ADMIN')
  @Mutation(() => ReviewAmazonReturnReasonPayload, {
    description:
      'Sets the real reason of a return line flagged by an Amazon import and clears the flag; optionally remembers the mapping for later imports. CONFLICT when the line is not flagged, INVALID_TRANSITION when the return is refunded or COMPLETED. SUPPORT and ADMIN.',
  })
  reviewAmazonReturnReason(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewAmazonReturnReasonInput, {
      description: 'The flagged line, its real reason, and whether to remember the mapping.',
    })
    input: ReviewAmazonReturnReasonInput,
  ): Promise<ReviewAmazonReturnReasonPayload> {
    return runMutation(
      ctx,
      {
        action: 'reviewAmazonReturnReason',
        targetType: 'ReturnLine',
        targetId: input.returnLineId,
      },
      (tx) => reviewAmazonReturnReason(tx, input),
    );
  }
}
