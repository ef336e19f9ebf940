import type { RequestContext } from '../../context';
import { SqlParams } from '../returns/list/sql-params';
import type { RefundReconciliation } from './refund-reconciliation.type';
import { checkRefundScope } from './refund-scope';

export interface ReconciliationRequest {
  from: Date;
  to: Date;
  currency: string | null;
}

interface ReconciliationRow {
  currency: string;
  issued_count: number;
  issued_total: number;
  lines_total: number;
  breakdown_total: number;
  inconsistent_count: number;
  claim_count: number;
  claimed: number;
  accepted: number;
  outstanding: number;
  rejected: number;
}

/**
 * Per currency, the refunds issued in [from, to) (by issue instant) reconciled against their
 * refund lines and breakdown totals, and the supplier claims opened for those same refunds.
 */
export async function refundReconciliation(
  ctx: RequestContext,
  request: ReconciliationRequest,
): Promise<RefundReconciliation[]> {
  const scope = checkRefundScope(request, '');
  const params = new SqlParams();
  const conditions = [
    "r.status = 'ISSUED'",
    `r.issued_at >= ${params.add(scope.from)}`,
    `r.issued_at < ${params.add(scope.to)}`,
  ];
  if (scope.currency !== null) conditions.push(`r.currency = ${params.add(scope.currency)}`);
  const rows = await ctx.dataSource.query<ReconciliationRow[]>(
    `WITH issued AS (
       SELECT r.id, r.currency, r.total_minor,
         coalesce((r.breakdown->>'total')::bigint, 0) AS breakdown_total,
         coalesce((SELECT sum(rl.amount_minor) FROM refund_lines rl WHERE rl.refund_id = r.id), 0)::bigint AS lines_total
       FROM refunds r WHERE ${conditions.join(' AND ')}
     ), refund_sums AS (
       SELECT currency, count(*)::int AS issued_count, sum(total_minor)::bigint AS issued_total,
         sum(lines_total)::bigint AS lines_total, sum(breakdown_total)::bigint AS breakdown_total,
         (count(*) FILTER (WHERE total_minor <> lines_total OR total_minor <> breakdown_total))::int AS inconsistent_count
       FROM issued GROUP BY currency
     ), claim_sums AS (
       SELECT c.currency, count(*)::int AS claim_count, sum(c.amount_minor)::bigint AS claimed,
         coalesce(sum(c.credited_minor) FILTER (WHERE c.status = 'ACCEPTED'), 0)::bigint AS accepted,
         coalesce(sum(c.amount_minor) FILTER (WHERE c.status IN ('OPEN', 'SUBMITTED')), 0)::bigint AS outstanding,
         coalesce(sum(c.amount_minor) FILTER (WHERE c.status = 'REJECTED'), 0)::bigint AS rejected
       FROM supplier_claims c JOIN issued i ON i.id = c.refund_id
       GROUP BY c.currency
     )
     SELECT coalesce(s.currency, c.currency) AS currency,
       coalesce(s.issued_count, 0) AS issued_count, coalesce(s.issued_total, 0) AS issued_total,
       coalesce(s.lines_total, 0) AS lines_total, coalesce(s.breakdown_total, 0) AS breakdown_total,
       coalesce(s.inconsistent_count, 0) AS inconsistent_count,
       coalesce(c.claim_count, 0) AS claim_count, coalesce(c.claimed, 0) AS claimed,
       coalesce(c.accepted, 0) AS accepted, coalesce(c.outstanding, 0) AS outstanding,
       coalesce(c.rejected, 0) AS rejected
     FROM refund_sums s FULL JOIN claim_sums c ON c.currency = s.currency
     ORDER BY 1`,
    params.values,
  );
  return rows.map((row) => ({
    currency: row.currency,
    issuedCount: row.issued_count,
    issuedTotal: row.issued_total,
    linesTotal: row.lines_total,
    breakdownTotal: row.breakdown_total,
    inconsistentCount: row.inconsistent_count,
    consistent:
      row.inconsistent_count === 0 &&
      row.issued_total === row.lines_total &&
      row.issued_total === row.breakdown_total,
    claimCount: row.claim_count,
    claimed: row.claimed,
    accepted: row.accepted,
    outstanding: row.outstanding,
    rejected: row.rejected,
  }));
}
