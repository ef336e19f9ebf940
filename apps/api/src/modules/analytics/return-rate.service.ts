import type { Fault, ReasonCode } from '@rebound/domain';
import type { RequestContext } from '../../context';
import { skusById } from '../catalog/sku-queries.service';
import type { SkuType } from '../catalog/sku.type';
import { suppliersById } from '../suppliers/supplier-queries.service';
import type { SupplierType } from '../suppliers/supplier.type';
import { checkAnalyticsScope } from './analytics-scope';
import type {
  AnalyticsFilterInput,
  AnalyticsGranularity,
  AnalyticsRangeInput,
  ReturnRateDimension,
} from './analytics.input';
import { ratio, runAnalytics, unitSourceFor } from './analytics.sql';
import type { ReturnRatePoint, ReturnRateReport } from './analytics.types';
import { returnRateStatement, type ReturnRateQuery } from './return-rate.sql';

/** A row of the return-rate statement. */
export interface ReturnRateRow {
  is_total: boolean;
  bucket_start: string | null;
  sku_id: string | null;
  supplier_id: string | null;
  category: string | null;
  reason_code: ReasonCode | null;
  fault: Fault | null;
  channel: string | null;
  units_sold: number;
  units_returned: number;
}

export function checkReturnRate(
  range: AnalyticsRangeInput,
  granularity: AnalyticsGranularity,
  groupBy: readonly ReturnRateDimension[],
  filter: AnalyticsFilterInput | null | undefined,
): ReturnRateQuery {
  return { scope: checkAnalyticsScope(range, filter), granularity, groupBy: [...new Set(groupBy)] };
}

/** Return rate over a range: the total and one point per bucket and group, in one statement. */
export async function returnRate(
  ctx: RequestContext,
  query: ReturnRateQuery,
): Promise<ReturnRateReport> {
  const source = await unitSourceFor(ctx.dataSource, query.scope.timeZone);
  const rows = await runAnalytics<ReturnRateRow>(
    ctx.dataSource,
    returnRateStatement(query, source),
  );
  // SKUs and suppliers are loaded once for the whole answer (together, and only when grouped by
  // them) and set on the groups, so that the points resolve synchronously (no promise per point).
  const skuIds = new Set<string>();
  const supplierIds = new Set<string>();
  for (const row of rows) {
    if (row.sku_id !== null) skuIds.add(row.sku_id);
    if (row.supplier_id !== null) supplierIds.add(row.supplier_id);
  }
  const [skus, suppliers] = await Promise.all([
    skuIds.size === 0 ? new Map<string, SkuType>() : skusById(ctx.dataSource, [...skuIds]),
    supplierIds.size === 0
      ? new Map<string, SupplierType>()
      : suppliersById(ctx.dataSource, [...supplierIds]),
  ]);
  const points: ReturnRatePoint[] = rows.map((row) => ({
    bucketStart: row.bucket_start,
    group: {
      sku: row.sku_id === null ? null : (skus.get(row.sku_id) ?? null),
      supplier: row.supplier_id === null ? null : (suppliers.get(row.supplier_id) ?? null),
      category: row.category,
      reasonCode: row.reason_code,
      fault: row.fault,
      channel: row.channel,
    },
    unitsSold: row.units_sold,
    unitsReturned: row.units_returned,
    rate: ratio(row.units_returned, row.units_sold),
  }));
  const total = points.pop();
  // The statement always ends with its total row.
  if (total === undefined || rows[rows.length - 1]?.is_total !== true)
    throw new Error('return rate statement without its total row');
  return { total, points };
}
