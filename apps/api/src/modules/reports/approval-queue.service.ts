import type { RequestContext } from '../../context';
import { APPROVAL_SLA_HOURS, type ApprovalQueueSummary } from './approval-queue.type';

interface QueueRow {
  currency: string;
  count: number;
  total: number;
  oldest_submitted_at: Date;
  overdue_count: number;
}

const MS_PER_HOUR = 3_600_000;

/** The approval queue at `now`, one grouped statement over PENDING_APPROVAL refunds. */
export async function approvalQueueSummary(
  ctx: RequestContext,
  now: Date = new Date(),
): Promise<ApprovalQueueSummary> {
  const overdueBefore = new Date(now.getTime() - APPROVAL_SLA_HOURS * MS_PER_HOUR);
  const rows = await ctx.dataSource.query<QueueRow[]>(
    `SELECT currency, count(*)::int AS count, sum(total_minor)::bigint AS total,
       min(coalesce(submitted_at, created_at)) AS oldest_submitted_at,
       (count(*) FILTER (WHERE coalesce(submitted_at, created_at) < $1))::int AS overdue_count
     FROM refunds WHERE status = 'PENDING_APPROVAL'
     GROUP BY currency ORDER BY currency`,
    [overdueBefore],
  );
  const currencies = rows.map((row) => ({
    currency: row.currency,
    count: row.count,
    total: row.total,
    oldestSubmittedAt: row.oldest_submitted_at,
    oldestWaitingHours:
      Math.max(0, now.getTime() - row.oldest_submitted_at.getTime()) / MS_PER_HOUR,
    overdueCount: row.overdue_count,
  }));
  return {
    approvalSlaHours: APPROVAL_SLA_HOURS,
    asOf: now,
    count: currencies.reduce((sum, entry) => sum + entry.count, 0),
    overdueCount: currencies.reduce((sum, entry) => sum + entry.overdueCount, 0),
    currencies,
  };
}
