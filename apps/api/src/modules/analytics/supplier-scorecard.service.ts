import type { RequestContext } from '../../context';
import { suppliersById } from '../suppliers/supplier-queries.service';
import type { AnalyticsScope } from './analytics-scope';
import {
  ratio,
  runAnalytics,
  ScopeSql,
  unitSourceFor,
  type Statement,
  type UnitSource,
} from './analytics.sql';
import type { SupplierScorecardRow } from './analytics.types';

/**
 * Per supplier (and claim currency): units sold and supplier-fault units returned (rollups),
 * and claims opened in the range (base table), owed (OPEN/SUBMITTED: amount + label cost) and
 * recovered (ACCEPTED: credited). Claims follow the supplier filter and the line filters through
 * their return. A supplier without claims takes the currency of its SKUs.
 */
export function supplierScorecardStatement(scope: AnalyticsScope, source: UnitSource): Statement {
  const q = new ScopeSql(scope);
  const soldWhere = q.skuConditions('k', 's.channel');
  const defectWhere = [
    "f.fault = 'SUPPLIER'",
    ...q.skuConditions('k', 'u.channel'),
    ...q.reasonConditions('u.reason_code', 'f.fault'),
  ];
  const matches = q.returnMatches('r');
  const claimWhere = [q.instantInRange('c.opened_at'), matches];
  if (scope.supplierIds !== null)
    claimWhere.push(`c.supplier_id = ANY(${q.params.add(scope.supplierIds)}::uuid[])`);
  const where = (conditions: string[]): string =>
    conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  return {
    sql: `
WITH sold AS (
  SELECT k.supplier_id, sum(s.units)::bigint AS units
  FROM (${q.soldSource(source)}) s JOIN skus k ON k.id = s.sku_id
  ${where(soldWhere)}
  GROUP BY k.supplier_id
),
defects AS (
  SELECT k.supplier_id, sum(u.units)::bigint AS units
  FROM (${q.returnedSource(source)}) u JOIN skus k ON k.id = u.sku_id
  JOIN analytics_reason_faults f ON f.reason_code = u.reason_code
  ${where(defectWhere)}
  GROUP BY k.supplier_id
),
claims AS (
  SELECT c.supplier_id, c.currency,
    sum(CASE WHEN c.status IN ('OPEN', 'SUBMITTED') THEN c.amount_minor + c.label_cost_minor ELSE 0 END)::bigint AS owed,
    sum(CASE WHEN c.status = 'ACCEPTED' THEN coalesce(c.credited_minor, 0) ELSE 0 END)::bigint AS recovered
  FROM supplier_claims c ${matches === 'TRUE' ? '' : 'JOIN returns r ON r.id = c.return_id'}
  ${where(claimWhere)}
  GROUP BY c.supplier_id, c.currency
),
listed AS (
  SELECT supplier_id FROM sold WHERE units <> 0
  UNION SELECT supplier_id FROM defects WHERE units <> 0
  UNION SELECT supplier_id FROM claims
),
sku_currencies AS (
  SELECT supplier_id, min(currency) AS currency FROM skus
  WHERE supplier_id IN (SELECT supplier_id FROM listed) GROUP BY supplier_id
)
SELECT x.supplier_id,
  coalesce(c.currency, sc.currency) AS currency,
  coalesce(s.units, 0)::bigint AS units_sold, coalesce(d.units, 0)::bigint AS defect_units,
  coalesce(c.owed, 0)::bigint AS claims_owed, coalesce(c.recovered, 0)::bigint AS claims_recovered
FROM listed x JOIN suppliers sp ON sp.id = x.supplier_id
LEFT JOIN sold s ON s.supplier_id = x.supplier_id
LEFT JOIN defects d ON d.supplier_id = x.supplier_id
LEFT JOIN claims c ON c.supplier_id = x.supplier_id
LEFT JOIN sku_currencies sc ON sc.supplier_id = x.supplier_id
ORDER BY sp.name, sp.id, 2`,
    params: q.params.values,
  };
}

interface ScorecardRow {
  supplier_id: string;
  currency: string;
  units_sold: number;
  defect_units: number;
  claims_owed: number;
  claims_recovered: number;
}

export async function supplierScorecard(
  ctx: RequestContext,
  scope: AnalyticsScope,
): Promise<SupplierScorecardRow[]> {
  const rows = await runAnalytics<ScorecardRow>(
    ctx.dataSource,
    supplierScorecardStatement(scope, await unitSourceFor(ctx.dataSource, scope.timeZone)),
  );
  const suppliers = await suppliersById(
    ctx.dataSource,
    rows.map((row) => row.supplier_id),
  );
  return rows.flatMap((row) => {
    const supplier = suppliers.get(row.supplier_id);
    if (supplier === undefined) return [];
    return [
      {
        supplier,
        supplierId: row.supplier_id,
        currency: row.currency,
        unitsSold: row.units_sold,
        defectUnits: row.defect_units,
        defectRate: ratio(row.defect_units, row.units_sold),
        claimsOwedMinor: row.claims_owed,
        claimsRecoveredMinor: row.claims_recovered,
      },
    ];
  });
}
