import type { RequestContext } from '../../context';
import type { AnalyticsScope } from './analytics-scope';
import { runAnalytics, ScopeSql, type Statement } from './analytics.sql';
import type { ReturnCostRow } from './analytics.types';

/**
 * What the returns requested in the range cost, per currency (base tables): labels the seller
 * paid, restocking fees and label deductions kept from issued refunds, unit cost of disposed
 * lines, and credits on accepted supplier claims. A return counts when one of its lines matches
 * the line filters; write-offs count only the matching lines.
 */
export function returnCostsStatement(scope: AnalyticsScope): Statement {
  const q = new ScopeSql(scope);
  const lineWhere = [
    "rl.disposition = 'DISPOSE'",
    ...q.skuConditions('k', 'o.channel'),
    ...q.reasonConditions('rl.reason_code', 'rf.fault'),
  ];
  return {
    sql: `
WITH scoped AS (
  SELECT r.id FROM returns r
  WHERE ${q.instantInRange('r.requested_at')} AND ${q.returnMatches('r')}
),
parts AS (
  SELECT l.currency, l.cost_minor AS labels, 0::bigint AS fees, 0::bigint AS write_offs, 0::bigint AS recoveries
  FROM return_labels l JOIN scoped s ON s.id = l.return_id WHERE l.payer = 'SELLER'
  UNION ALL
  SELECT f.currency, 0, coalesce((f.breakdown->>'restockingFees')::bigint, 0)
    + coalesce((f.breakdown->>'labelDeduction')::bigint, 0), 0, 0
  FROM refunds f JOIN scoped s ON s.id = f.return_id WHERE f.status = 'ISSUED'
  UNION ALL
  SELECT k.currency, 0, 0, k.unit_cost_minor * rl.quantity, 0
  FROM return_lines rl JOIN scoped s ON s.id = rl.return_id
  JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
  JOIN skus k ON k.id = ol.sku_id JOIN analytics_reason_faults rf ON rf.reason_code = rl.reason_code
  WHERE ${lineWhere.join(' AND ')}
  UNION ALL
  SELECT c.currency, 0, 0, 0, coalesce(c.credited_minor, 0)
  FROM supplier_claims c JOIN scoped s ON s.id = c.return_id WHERE c.status = 'ACCEPTED'
)
SELECT currency, sum(labels)::bigint AS labels, sum(fees)::bigint AS fees,
  sum(write_offs)::bigint AS write_offs, sum(recoveries)::bigint AS recoveries
FROM parts GROUP BY currency ORDER BY currency`,
    params: q.params.values,
  };
}

interface CostRow {
  currency: string;
  labels: number;
  fees: number;
  write_offs: number;
  recoveries: number;
}

export async function returnCosts(
  ctx: RequestContext,
  scope: AnalyticsScope,
): Promise<ReturnCostRow[]> {
  const rows = await runAnalytics<CostRow>(ctx.dataSource, returnCostsStatement(scope));
  return rows.map((row) => ({
    currency: row.currency,
    labelsPaidBySellerMinor: row.labels,
    feesCollectedMinor: row.fees,
    writeOffsMinor: row.write_offs,
    recoveriesMinor: row.recoveries,
  }));
}
