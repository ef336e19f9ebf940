import type { AnalyticsScope } from './analytics-scope';
import type { AnalyticsGranularity, ReturnRateDimension } from './analytics.input';
import { ScopeSql, type Statement, type UnitSource } from './analytics.sql';

/** A checked return-rate request. */
export interface ReturnRateQuery {
  scope: AnalyticsScope;
  granularity: AnalyticsGranularity;
  groupBy: readonly ReturnRateDimension[];
}

/**
 * A page of points: at most `size` points strictly after `after` (the bucket start, then the
 * asked keys in ORDER, as the cursor holds them), or from the first point when `after` is null.
 */
export interface ReturnRatePage {
  size: number;
  after: readonly string[] | null;
}

const BUCKET_UNITS: Record<AnalyticsGranularity, string> = {
  DAY: 'day',
  WEEK: 'week', // date_trunc's week is the ISO week: it starts on Monday.
  MONTH: 'month',
};

/**
 * Each dimension: its output column, its expression on sold (s/k) and returned (u/k/f) rows, and
 * the SQL type of its cursor key.
 */
const DIMENSIONS: Record<
  ReturnRateDimension,
  { column: string; sold: string | null; returned: string; type: 'uuid' | 'text' }
> = {
  SKU: { column: 'sku_id', sold: 's.sku_id', returned: 'u.sku_id', type: 'uuid' },
  SUPPLIER: {
    column: 'supplier_id',
    sold: 'k.supplier_id',
    returned: 'k.supplier_id',
    type: 'uuid',
  },
  CATEGORY: { column: 'category', sold: 'k.category', returned: 'k.category', type: 'text' },
  CHANNEL: { column: 'channel', sold: 's.channel', returned: 'u.channel', type: 'text' },
  REASON: { column: 'reason_code', sold: null, returned: 'u.reason_code', type: 'text' },
  FAULT: { column: 'fault', sold: null, returned: 'f.fault', type: 'text' },
};

/**
 * Sort order of the key columns after the bucket: SKU id, supplier id, category, reason code,
 * fault, channel (each only when asked). Every key is non-null, so the order is total and a
 * row-value comparison on (bucket, keys) resumes exactly after a cursor.
 */
export const RETURN_RATE_KEY_ORDER: readonly ReturnRateDimension[] = [
  'SKU',
  'SUPPLIER',
  'CATEGORY',
  'REASON',
  'FAULT',
  'CHANNEL',
];

const ORDER = RETURN_RATE_KEY_ORDER;

/**
 * Return rate as one statement: `sold` and `returned` group the unit rows of the range (rollups
 * or base tables, see UnitSource) by bucket and the asked keys; points join them on the keys
 * units sold have (a FULL JOIN, or returned-led when grouped by reason or fault, since sold units
 * have no reason); a row flagged is_total carries the totals of the whole range. With a page, only
 * the points after its cursor are answered, sorted by bucket then the asked keys in ORDER, at most
 * `size + 1` of them (computed in the database: row-value comparison after the aggregation,
 * ORDER BY, LIMIT); without one (benchmarks), every point.
 */
export function returnRateStatement(
  query: ReturnRateQuery,
  source: UnitSource,
  page: ReturnRatePage | null,
): Statement {
  const q = new ScopeSql(query.scope);
  const asked = ORDER.filter((dimension) => query.groupBy.includes(dimension));
  const soldKeys = asked.filter((dimension) => DIMENSIONS[dimension].sold !== null);
  const byReason = soldKeys.length < asked.length;
  const unit = BUCKET_UNITS[query.granularity];
  const bucket = (day: string): string => `date_trunc('${unit}', ${day}::timestamp)::date`;
  const soldColumns = soldKeys.map((d) => `${DIMENSIONS[d].sold} AS ${DIMENSIONS[d].column}`);
  const returnedColumns = asked.map((d) => `${DIMENSIONS[d].returned} AS ${DIMENSIONS[d].column}`);
  // The SKU and fault tables are joined only when a key or a filter reads them.
  const scope = query.scope;
  const joinsSku =
    asked.includes('SUPPLIER') ||
    asked.includes('CATEGORY') ||
    scope.skuIds !== null ||
    scope.supplierIds !== null ||
    scope.categories !== null;
  const joinsFault = asked.includes('FAULT') || scope.faults !== null;
  const skuJoin = (alias: string): string =>
    joinsSku ? `JOIN skus k ON k.id = ${alias}.sku_id` : '';
  const soldWhere = q.skuConditions('k', 's.channel');
  const returnedWhere = [
    ...q.skuConditions('k', 'u.channel'),
    ...q.reasonConditions('u.reason_code', 'f.fault'),
  ];
  const groupCount = (columns: number): string =>
    Array.from({ length: columns + 1 }, (_, index) => index + 1).join(', ');
  const where = (conditions: string[]): string =>
    conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const joinOn = ['bucket', ...soldKeys.map((d) => DIMENSIONS[d].column)]
    .map((column) => `s.${column} = u.${column}`)
    .join(' AND ');
  const pick = (column: string): string =>
    byReason ? `u.${column}` : `coalesce(u.${column}, s.${column})`;
  const keyColumns = ORDER.map((d) =>
    asked.includes(d)
      ? `${pick(DIMENSIONS[d].column)} AS ${DIMENSIONS[d].column}`
      : `NULL AS ${DIMENSIONS[d].column}`,
  );
  const nullKeys = ORDER.map((d) => `NULL AS ${DIMENSIONS[d].column}`);
  const soldCte = `sold AS (
  SELECT ${bucket('s.day')} AS bucket${soldColumns.map((c) => `, ${c}`).join('')}, sum(s.units)::bigint AS units
  FROM (${q.soldSource(source)}) s ${skuJoin('s')}
  ${where(soldWhere)}
  GROUP BY ${groupCount(soldColumns.length)}
)`;
  const returnedCte = `returned AS (
  SELECT ${bucket('u.day')} AS bucket${returnedColumns.map((c) => `, ${c}`).join('')}, sum(u.units)::bigint AS units
  FROM (${q.returnedSource(source)}) u ${skuJoin('u')}
  ${joinsFault ? 'JOIN analytics_reason_faults f ON f.reason_code = u.reason_code' : ''}
  ${where(returnedWhere)}
  GROUP BY ${groupCount(returnedColumns.length)}
)`;
  const points = byReason
    ? `SELECT u.bucket, ${keyColumns.join(', ')}, coalesce(s.units, 0)::bigint AS units_sold, u.units AS units_returned
  FROM returned u LEFT JOIN sold s ON ${joinOn}
  WHERE u.units <> 0`
    : `SELECT coalesce(u.bucket, s.bucket) AS bucket, ${keyColumns.join(', ')},
    coalesce(s.units, 0)::bigint AS units_sold, coalesce(u.units, 0)::bigint AS units_returned
  FROM sold s FULL JOIN returned u ON ${joinOn}
  WHERE coalesce(s.units, 0) <> 0 OR coalesce(u.units, 0) <> 0`;
  const sortColumns = ['p.bucket', ...asked.map((d) => `p.${DIMENSIONS[d].column}`)];
  // The page: points after the cursor (a row-value comparison on the sort columns, computed
  // after aggregation), in the sort order, one more than asked to tell whether more follow.
  const cursor = page?.after ?? null;
  const after =
    cursor === null
      ? ''
      : `WHERE (${sortColumns.join(', ')}) > (${[
          `${q.params.add(cursor[0])}::date`,
          ...asked.map((d, index) => `${q.params.add(cursor[index + 1])}::${DIMENSIONS[d].type}`),
        ].join(', ')})`;
  const limit = page === null ? '' : `LIMIT ${q.params.add(page.size + 1)}::int`;
  return {
    sql: `
WITH ${soldCte},
${returnedCte},
points AS (
  ${points}
)
(SELECT false AS is_total, to_char(p.bucket, 'YYYY-MM-DD') AS bucket_start, ${ORDER.map((d) => `p.${DIMENSIONS[d].column}`).join(', ')},
  p.units_sold, p.units_returned
FROM points p
${after}
ORDER BY ${sortColumns.join(', ')}
${limit})
UNION ALL
SELECT true, NULL, ${nullKeys.join(', ')},
  (SELECT coalesce(sum(units), 0) FROM sold)::bigint, (SELECT coalesce(sum(units), 0) FROM returned)::bigint`,
    params: q.params.values,
  };
}
