import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { approvalQueueSummary } from './approval-queue.service';
import { APPROVAL_SLA_HOURS, ApprovalQueueSummary } from './approval-queue.type';
import { refundsIssuedBeforeReceipt } from './issued-before-receipt.service';
import { RefundIssuedBeforeReceiptConnection } from './issued-before-receipt.type';
import { refundReconciliation } from './refund-reconciliation.service';
import { RefundReconciliation } from './refund-reconciliation.type';
import {
  RefundReportFilter,
  RefundReportGroupEnum,
  type RefundReportGroup,
} from './refund-report.input';
import { refundReport } from './refund-report.service';
import { RefundReportRow } from './refund-report.type';

const WHO = 'FINANCE or ADMIN.';

@Resolver()
export class RefundReportsResolver {
  @Allow('FINANCE', 'ADMIN')
  @Query(() => [RefundReportRow], {
    description: `Refunds created in a range, counted and summed per group (period in a time zone, status, method, currency, supplier), in minor units per currency. An empty range gives no rows. ${WHO}`,
  })
  refundReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RefundReportFilter, { description: 'Which refunds to count.' })
    filter: RefundReportFilter,
    @Arg('groupBy', () => [RefundReportGroupEnum], {
      defaultValue: [],
      description:
        'The keys of a row, in any order: at most one of DAY, WEEK, MONTH (more is BAD_USER_INPUT, path `groupBy`), plus any of STATUS, METHOD, CURRENCY, SUPPLIER. The currency is always a key.',
    })
    groupBy: RefundReportGroup[],
  ): Promise<RefundReportRow[]> {
    return refundReport(ctx, filter, groupBy);
  }

  @Allow('FINANCE', 'ADMIN')
  @Query(() => ApprovalQueueSummary, {
    description: `Refunds waiting for approval now, per currency, with the oldest wait and how many are past the ${APPROVAL_SLA_HOURS}-hour approval SLA. ${WHO}`,
  })
  approvalQueueSummary(@Ctx() ctx: RequestContext): Promise<ApprovalQueueSummary> {
    return approvalQueueSummary(ctx);
  }

  @Allow('FINANCE', 'ADMIN')
  @Query(() => RefundIssuedBeforeReceiptConnection, {
    description: `Issued refunds whose return had not been received when the money went out (received later, or never — returnless refunds included and flagged), newest issue first. ${WHO}`,
  })
  refundsIssuedBeforeReceipt(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `How many refunds to return, from 1 to ${MAX_PAGE_SIZE} (path \`first\` otherwise).`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Continue after this cursor (pageInfo.endCursor of the previous page).',
    })
    after: string | null,
    @Arg('from', () => Date, {
      nullable: true,
      description: 'Issued at or after this instant (inclusive).',
    })
    from: Date | null,
    @Arg('to', () => Date, {
      nullable: true,
      description: 'Issued before this instant (exclusive).',
    })
    to: Date | null,
  ): Promise<RefundIssuedBeforeReceiptConnection> {
    return refundsIssuedBeforeReceipt(ctx, {
      first: first ?? null,
      after: after ?? null,
      from: from ?? null,
      to: to ?? null,
    });
  }

  @Allow('FINANCE', 'ADMIN')
  @Query(() => [RefundReconciliation], {
    description: `Per currency, refunds issued in [from, to) reconciled against their refund lines and breakdowns, with supplier recoveries for them. One entry per currency with issued refunds or claims. ${WHO}`,
  })
  refundReconciliation(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { description: 'Issued at or after this instant (inclusive).' })
    from: Date,
    @Arg('to', () => Date, { description: 'Issued before this instant (exclusive).' })
    to: Date,
    @Arg('currency', () => String, {
      nullable: true,
      description: 'Only this ISO 4217 currency (path `currency` when unknown).',
    })
    currency: string | null,
  ): Promise<RefundReconciliation[]> {
    return refundReconciliation(ctx, { from, to, currency: currency ?? null });
  }
}
