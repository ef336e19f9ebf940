import { REASON_CATALOGUE, type Fault, type ReasonCode } from '@rebound/domain';
import type { RequestContext } from '../../context';
import { skusById } from '../catalog/sku-queries.service';
import type { AnalyticsScope } from './analytics-scope';
import {
  NOT_RETURNED,
  ratio,
  runAnalytics,
  ScopeSql,
  unitSourceFor,
  type Statement,
  type UnitSource,
} from './analytics.sql';
import type { ReasonBreakdownRow, TopReturnedSku } from './analytics.types';

/**
 * Returned units and returns per reason over the range, from the base tables (a return counts
 * once per reason however many of its lines carry it, which a per-SKU rollup cannot tell).
 */
export function returnReasonsStatement(scope: AnalyticsScope): Statement {
  const q = new ScopeSql(scope);
  const conditions = [
    q.instantInRange('r.requested_at'),
    `r.status NOT IN ${NOT_RETURNED}`,
    ...q.skuConditions('k', 'o.channel'),
    ...q.reasonConditions('rl.reason_code', 'f.fault'),
  ];
  return {
    sql: `
SELECT rl.reason_code, f.fault, sum(rl.quantity)::bigint AS units, count(DISTINCT r.id)::int AS returns
FROM returns r JOIN return_lines rl ON rl.return_id = r.id
JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
JOIN skus k ON k.id = ol.sku_id
JOIN analytics_reason_faults f ON f.reason_code = rl.reason_code
WHERE ${conditions.join('\n  AND ')}
GROUP BY rl.reason_code, f.fault
ORDER BY units DESC, rl.reason_code`,
    params: q.params.values,
  };
}

/** The reasons breakdown: most returned units first, each with its share of all of them. */
export async function returnReasons(
  ctx: RequestContext,
  scope: AnalyticsScope,
): Promise<ReasonBreakdownRow[]> {
  const rows = await runAnalytics<{
    reason_code: ReasonCode;
    fault: Fault;
    units: number;
    returns: number;
  }>(ctx.dataSource, returnReasonsStatement(scope));
  const all = rows.reduce((sum, row) => sum + row.units, 0);
  return rows.map((row) => ({
    reasonCode: row.reason_code,
    fault: row.fault,
    label: REASON_CATALOGUE[row.reason_code].amazonReason,
    units: row.units,
    returns: row.returns,
    share: all === 0 ? 0 : row.units / all,
  }));
}

/** The SKUs with the most returned units (ties by SKU id), with their units sold. */
export function topReturnedSkusStatement(
  scope: AnalyticsScope,
  first: number,
  source: UnitSource,
): Statement {
  const q = new ScopeSql(scope);
  const returnedWhere = [
    ...q.skuConditions('k', 'u.channel'),
    ...q.reasonConditions('u.reason_code', 'f.fault'),
  ];
  const soldWhere = q.skuConditions('k', 's.channel');
  const where = (conditions: string[]): string =>
    conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  return {
    sql: `
WITH returned AS (
  SELECT u.sku_id, sum(u.units)::bigint AS units
  FROM (${q.returnedSource(source)}) u JOIN skus k ON k.id = u.sku_id
  JOIN analytics_reason_faults f ON f.reason_code = u.reason_code
  ${where(returnedWhere)}
  GROUP BY u.sku_id HAVING sum(u.units) > 0
  ORDER BY units DESC, u.sku_id LIMIT ${q.params.add(first)}
),
sold AS (
  SELECT s.sku_id, sum(s.units)::bigint AS units
  FROM (${q.soldSource(source)}) s JOIN skus k ON k.id = s.sku_id
  ${where([...soldWhere, 's.sku_id IN (SELECT sku_id FROM returned)'])}
  GROUP BY s.sku_id
)
SELECT u.sku_id, u.units AS units_returned, coalesce(s.units, 0)::bigint AS units_sold
FROM returned u LEFT JOIN sold s ON s.sku_id = u.sku_id
ORDER BY u.units DESC, u.sku_id`,
    params: q.params.values,
  };
}

export async function topReturnedSkus(
  ctx: RequestContext,
  scope: AnalyticsScope,
  first: number,
): Promise<TopReturnedSku[]> {
  const rows = await runAnalytics<{ sku_id: string; units_returned: number; units_sold: number }>(
    ctx.dataSource,
    topReturnedSkusStatement(scope, first, await unitSourceFor(ctx.dataSource, scope.timeZone)),
  );
  const skus = await skusById(
    ctx.dataSource,
    rows.map((row) => row.sku_id),
  );
  return rows.flatMap((row) => {
    const sku = skus.get(row.sku_id);
    if (sku === undefined) return [];
    return [
      {
        sku,
        unitsSold: row.units_sold,
        unitsReturned: row.units_returned,
        rate: ratio(row.units_returned, row.units_sold),
      },
    ];
  });
}
