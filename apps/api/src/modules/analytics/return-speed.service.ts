import type { RequestContext } from '../../context';
import type { AnalyticsScope } from './analytics-scope';
import { runAnalytics, ScopeSql, type Statement } from './analytics.sql';
import type { DurationStats, ReturnSpeed } from './analytics.types';

const ENDED = "('REJECTED', 'CANCELLED')";

/**
 * Speed of the returns requested in the range (base tables: percentiles do not roll up): hours
 * from request to authorization, and from receipt to the first issued refund (refunds issued
 * before the receipt are left out), median and p90 interpolated; and returns past an SLA.
 */
export function returnSpeedStatement(scope: AnalyticsScope): Statement {
  const q = new ScopeSql(scope);
  return {
    sql: `
WITH scoped AS (
  SELECT r.status, r.requested_at, r.authorized_at, r.received_at, r.first_response_at,
    r.first_response_due_at, r.refund_due_at,
    (SELECT min(f.issued_at) FROM refunds f WHERE f.return_id = r.id AND f.status = 'ISSUED') AS refunded_at
  FROM returns r
  WHERE ${q.instantInRange('r.requested_at')} AND ${q.returnMatches('r')}
),
hours AS (
  SELECT s.*,
    extract(epoch FROM s.authorized_at - s.requested_at)::float8 / 3600 AS authorize_hours,
    CASE WHEN s.refunded_at >= s.received_at
      THEN extract(epoch FROM s.refunded_at - s.received_at)::float8 / 3600 END AS refund_hours
  FROM scoped s
)
SELECT
  count(authorize_hours)::int AS authorize_count,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY authorize_hours) AS authorize_median,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY authorize_hours) AS authorize_p90,
  count(refund_hours)::int AS refund_count,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY refund_hours) AS refund_median,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY refund_hours) AS refund_p90,
  count(*) FILTER (WHERE
    first_response_at > first_response_due_at
    OR (first_response_at IS NULL AND status NOT IN ${ENDED} AND first_response_due_at < now())
    OR refunded_at > refund_due_at
    OR (refunded_at IS NULL AND refund_due_at < now() AND status NOT IN ${ENDED} AND status <> 'COMPLETED')
  )::int AS sla_breaches
FROM hours`,
    params: q.params.values,
  };
}

interface SpeedRow {
  authorize_count: number;
  authorize_median: number | null;
  authorize_p90: number | null;
  refund_count: number;
  refund_median: number | null;
  refund_p90: number | null;
  sla_breaches: number;
}

const stats = (count: number, median: number | null, p90: number | null): DurationStats => ({
  count,
  medianHours: median === null ? null : median,
  p90Hours: p90 === null ? null : p90,
});

export async function returnSpeed(
  ctx: RequestContext,
  scope: AnalyticsScope,
): Promise<ReturnSpeed> {
  const [row] = await runAnalytics<SpeedRow>(ctx.dataSource, returnSpeedStatement(scope));
  if (row === undefined) throw new Error('return speed statement without its row');
  return {
    requestToAuthorize: stats(row.authorize_count, row.authorize_median, row.authorize_p90),
    receiptToRefund: stats(row.refund_count, row.refund_median, row.refund_p90),
    slaBreaches: row.sla_breaches,
  };
}
