import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { approvalQueue } from './list/approval-queue.service';
import {
  ApprovalQueueConnection,
  RefundConnection,
  RefundOrderEnum,
  type RefundOrder,
} from './list/refund-connection.type';
import { RefundFilter } from './list/refund-filter.input';
import { listRefunds } from './list/refund-list.service';
import { loadRefundViews } from './refund-view';
import { RefundType } from './refund.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIRST = `How many to return, from 1 to ${MAX_PAGE_SIZE}; more is refused with BAD_USER_INPUT (path \`first\`).`;
const AFTER =
  "Continue after this cursor (an edge's cursor or pageInfo.endCursor) of the same list; any other is refused with BAD_USER_INPUT (path `after`).";

/** Reading refunds: one, a filtered list, and the approval queue. */
@Resolver()
export class RefundQueryResolver {
  @Allow('FINANCE', 'ADMIN', 'SUPPORT')
  @Query(() => RefundType, {
    nullable: true,
    description:
      'One refund with its breakdown and approvals; null when no refund has this id. FINANCE, ADMIN or SUPPORT.',
  })
  async refund(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The refund’s id.' }) id: string,
  ): Promise<RefundType | null> {
    // An id that is not a UUID names no refund; asking the database would only fail.
    if (!UUID.test(id)) return null;
    const [view] = await loadRefundViews(ctx.dataSource.manager, [id]);
    return view ?? null;
  }

  @Allow('FINANCE', 'ADMIN', 'SUPPORT')
  @Query(() => RefundConnection, {
    description:
      'Refunds, filtered and paged forward with keyset cursors, newest first. FINANCE and ADMIN see every refund; SUPPORT must filter by returnId or orderId (FORBIDDEN otherwise).',
  })
  refunds(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: FIRST,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Arg('filter', () => RefundFilter, {
      nullable: true,
      description: 'Which refunds to list; all of them when omitted.',
    })
    filter: RefundFilter | null,
    @Arg('orderBy', () => RefundOrderEnum, {
      defaultValue: 'CREATED_AT_DESC',
      description: 'The sort order; newest first.',
    })
    orderBy: RefundOrder,
  ): Promise<RefundConnection> {
    return listRefunds(ctx, { first, after, filter, orderBy });
  }

  @Allow('FINANCE', 'ADMIN')
  @Query(() => ApprovalQueueConnection, {
    description:
      'Refunds waiting for approval (PENDING_APPROVAL), the longest waiting first, with whether the viewer may approve each (canApprove) and how long it has waited. FINANCE or ADMIN.',
  })
  approvalQueue(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: FIRST,
    })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
  ): Promise<ApprovalQueueConnection> {
    return approvalQueue(ctx, { first, after });
  }
}
