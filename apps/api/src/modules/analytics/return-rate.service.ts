import { parseIsoDate, type Fault, type ReasonCode } from '@rebound/domain';
import { encodeCursor } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { refuseInput } from '../reports/refund-scope';
import { cursorKeys, cursorScope, type CursorKeyKind } from '../catalog/cursor-scope';
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
import {
  RETURN_RATE_KEY_ORDER,
  returnRateStatement,
  type ReturnRatePage,
  type ReturnRateQuery,
} from './return-rate.sql';

/** Points per page when `first` is omitted. */
export const DEFAULT_POINTS_PAGE = 100;
/** The most points a page may ask for (a year of days fits in one page). */
export const MAX_POINTS_PAGE = 1000;

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

/** The dimensions of a query in sort order: the keys of its cursors after the bucket start. */
function sortedKeys(query: ReturnRateQuery): ReturnRateDimension[] {
  return RETURN_RATE_KEY_ORDER.filter((dimension) => query.groupBy.includes(dimension));
}

const KEY_KINDS: Record<ReturnRateDimension, CursorKeyKind> = {
  SKU: 'id',
  SUPPLIER: 'id',
  CATEGORY: 'text',
  REASON: 'text',
  FAULT: 'text',
  CHANNEL: 'text',
};

/**
 * What a points cursor belongs to: the range, zone, granularity, grouping and filter of the query
 * (the filter lists sorted, so the same filter in another order keeps its cursors).
 */
function pointsCursorScope(query: ReturnRateQuery): string {
  const sorted = <T extends string>(values: readonly T[] | null): T[] | null =>
    values === null ? null : [...values].sort();
  const { scope } = query;
  return cursorScope('returnRate.points', `${query.granularity}:${sortedKeys(query).join(',')}`, {
    from: scope.from,
    to: scope.to,
    timeZone: scope.timeZone,
    skuIds: sorted(scope.skuIds),
    supplierIds: sorted(scope.supplierIds),
    categories: sorted(scope.categories),
    reasonCodes: sorted(scope.reasonCodes),
    faults: sorted(scope.faults),
    channels: sorted(scope.channels),
  });
}

/**
 * Checks `first` (1…MAX_POINTS_PAGE, DEFAULT_POINTS_PAGE when omitted) and decodes `after`,
 * refusing a cursor of another query (range, zone, granularity, groupBy or filter) as
 * BAD_USER_INPUT at `after`.
 */
export function checkPointsPage(
  query: ReturnRateQuery,
  first: number | null | undefined,
  after: string | null | undefined,
): ReturnRatePage {
  const size = first ?? DEFAULT_POINTS_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_POINTS_PAGE)
    throw refuseInput([{ path: 'first', problems: [`must be from 1 to ${MAX_POINTS_PAGE}`] }]);
  if (after === null || after === undefined) return { size, after: null };
  const kinds: CursorKeyKind[] = ['text', ...sortedKeys(query).map((d) => KEY_KINDS[d])];
  const keys = cursorKeys(pointsCursorScope(query), after, kinds);
  if (!parseIsoDate(keys[0] ?? '').ok)
    throw refuseInput([{ path: 'after', problems: ['not a cursor of this list and sort order'] }]);
  return { size, after: keys };
}

/**
 * Return rate over a range: the total of the whole range and one page of points (per bucket and
 * group, after the cursor), in one statement.
 */
export async function returnRate(
  ctx: RequestContext,
  query: ReturnRateQuery,
  page: ReturnRatePage,
): Promise<ReturnRateReport> {
  const source = await unitSourceFor(ctx.dataSource, query.scope.timeZone);
  const rows = await runAnalytics<ReturnRateRow>(
    ctx.dataSource,
    returnRateStatement(query, source, page),
  );
  // The statement answers the page's points (one extra when more follow) and its total row.
  const totalRow = rows.find((row) => row.is_total);
  if (totalRow === undefined) throw new Error('return rate statement without its total row');
  const pointRows = rows.filter((row) => !row.is_total);
  const hasNextPage = pointRows.length > page.size;
  const pageRows = pointRows.slice(0, page.size);
  // SKUs and suppliers are loaded once for the whole answer (together, and only when grouped by
  // them) and set on the groups, so that the points resolve synchronously (no promise per point).
  const skuIds = new Set<string>();
  const supplierIds = new Set<string>();
  for (const row of pageRows) {
    if (row.sku_id !== null) skuIds.add(row.sku_id);
    if (row.supplier_id !== null) supplierIds.add(row.supplier_id);
  }
  const [skus, suppliers] = await Promise.all([
    skuIds.size === 0 ? new Map<string, SkuType>() : skusById(ctx.dataSource, [...skuIds]),
    supplierIds.size === 0
      ? new Map<string, SupplierType>()
      : suppliersById(ctx.dataSource, [...supplierIds]),
  ]);
  const toPoint = (row: ReturnRateRow): ReturnRatePoint => ({
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
  });
  const keys = sortedKeys(query);
  const cursorScopeOfQuery = pointsCursorScope(query);
  const cursorOf = (row: ReturnRateRow | undefined): string | null =>
    row === undefined
      ? null
      : encodeCursor(cursorScopeOfQuery, [
          row.bucket_start ?? '',
          ...keys.map((dimension) => cursorValue(row, dimension)),
        ]);
  return {
    total: toPoint(totalRow),
    points: pageRows.map(toPoint),
    // As everywhere in the API, pages go forward only: hasPreviousPage is false.
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: cursorOf(pageRows[0]),
      endCursor: cursorOf(pageRows[pageRows.length - 1]),
    },
  };
}

/** A point's key of one dimension as its cursor holds it. */
function cursorValue(row: ReturnRateRow, dimension: ReturnRateDimension): string {
  const value = {
    SKU: row.sku_id,
    SUPPLIER: row.supplier_id,
    CATEGORY: row.category,
    REASON: row.reason_code,
    FAULT: row.fault,
    CHANNEL: row.channel,
  }[dimension];
  if (value === null) throw new Error(`return rate point without its ${dimension} key`);
  return value;
}
