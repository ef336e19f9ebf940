import { REASON_CATALOGUE, type ReasonCode } from '@rebound/domain';
import type { DataSource } from 'typeorm';
import { SUPPLIER_ATTRIBUTION_CTES } from '../../reports/supplier-attribution.sql';

/**
 * Plain-SQL answers over the base tables, written independently of the analytics module (local
 * days by `AT TIME ZONE … ::date BETWEEN`, faults from the domain's reason catalogue), to check
 * every analytics answer against.
 */

export interface Filter {
  skuIds?: string[];
  supplierIds?: string[];
  categories?: string[];
  reasonCodes?: string[];
  faults?: string[];
  channels?: string[];
}

export interface Range {
  from: string;
  to: string;
  timeZone: string;
}

export type Dimension = 'SKU' | 'SUPPLIER' | 'CATEGORY' | 'REASON' | 'FAULT' | 'CHANNEL';

export interface Point {
  bucket: string | null;
  key: string;
  unitsSold: number;
  unitsReturned: number;
}

interface UnitRow {
  bucket: string;
  sku_id: string;
  supplier_id: string;
  category: string;
  channel: string;
  reason_code: ReasonCode | null;
  units: number;
}

const faultOf = (reason: string): string => REASON_CATALOGUE[reason as ReasonCode].fault;

const UNITS = { DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;

function keep(filter: Filter, row: UnitRow, returned: boolean): boolean {
  const has = (list: string[] | undefined, value: string): boolean =>
    list === undefined || list.length === 0 || list.includes(value);
  return (
    has(filter.skuIds, row.sku_id) &&
    has(filter.supplierIds, row.supplier_id) &&
    has(filter.categories, row.category) &&
    has(filter.channels, row.channel) &&
    (!returned ||
      (has(filter.reasonCodes, row.reason_code ?? '') &&
        has(filter.faults, faultOf(row.reason_code ?? ''))))
  );
}

/** The key of a point in the order DIMENSION_ORDER, e.g. "sku|supplier|…" ('' when not asked). */
export function pointKey(
  asked: readonly Dimension[],
  values: Partial<Record<Dimension, string | null>>,
): string {
  return (['SKU', 'SUPPLIER', 'CATEGORY', 'REASON', 'FAULT', 'CHANNEL'] as const)
    .map((dimension) => (asked.includes(dimension) ? (values[dimension] ?? '∅') : ''))
    .join('|');
}

function rowKey(asked: readonly Dimension[], row: UnitRow): string {
  return pointKey(asked, {
    SKU: row.sku_id,
    SUPPLIER: row.supplier_id,
    CATEGORY: row.category,
    CHANNEL: row.channel,
    REASON: row.reason_code,
    FAULT: row.reason_code === null ? null : faultOf(row.reason_code),
  });
}

/** Return rate from the base tables: the total and the points (sorted by bucket then key). */
export async function expectedReturnRate(
  db: DataSource,
  range: Range,
  granularity: keyof typeof UNITS,
  groupBy: readonly Dimension[],
  filter: Filter,
): Promise<{ total: { unitsSold: number; unitsReturned: number }; points: Point[] }> {
  const unit = UNITS[granularity];
  const sold = await db.query<UnitRow[]>(
    `SELECT to_char(date_trunc($1, o.ordered_at AT TIME ZONE $2), 'YYYY-MM-DD') AS bucket,
       ol.sku_id, k.supplier_id, k.category, o.channel, NULL AS reason_code, sum(ol.quantity)::int AS units
     FROM order_lines ol JOIN orders o ON o.id = ol.order_id JOIN skus k ON k.id = ol.sku_id
     WHERE (o.ordered_at AT TIME ZONE $2)::date BETWEEN $3::date AND $4::date
     GROUP BY 1, 2, 3, 4, 5`,
    [unit, range.timeZone, range.from, range.to],
  );
  const returned = await db.query<UnitRow[]>(
    `SELECT to_char(date_trunc($1, r.requested_at AT TIME ZONE $2), 'YYYY-MM-DD') AS bucket,
       ol.sku_id, k.supplier_id, k.category, o.channel, rl.reason_code, sum(rl.quantity)::int AS units
     FROM return_lines rl JOIN returns r ON r.id = rl.return_id
     JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
     JOIN skus k ON k.id = ol.sku_id
     WHERE (r.requested_at AT TIME ZONE $2)::date BETWEEN $3::date AND $4::date
       AND r.status <> 'REJECTED' AND r.status <> 'CANCELLED'
     GROUP BY 1, 2, 3, 4, 5, 6`,
    [unit, range.timeZone, range.from, range.to],
  );
  const byReason = groupBy.includes('REASON') || groupBy.includes('FAULT');
  const soldKeys = groupBy.filter((d) => d !== 'REASON' && d !== 'FAULT');
  const soldBy = new Map<string, number>();
  const returnedBy = new Map<string, number>();
  let totalSold = 0;
  let totalReturned = 0;
  for (const row of sold.filter((r) => keep(filter, r, false))) {
    totalSold += row.units;
    const key = `${row.bucket}#${rowKey(soldKeys, row)}`;
    soldBy.set(key, (soldBy.get(key) ?? 0) + row.units);
  }
  for (const row of returned.filter((r) => keep(filter, r, true))) {
    totalReturned += row.units;
    const key = `${row.bucket}#${rowKey(groupBy, row)}`;
    returnedBy.set(key, (returnedBy.get(key) ?? 0) + row.units);
  }
  const points: Point[] = [];
  if (byReason) {
    // Sold units of a reason point are those of its other keys.
    const returnedRows = returned.filter((r) => keep(filter, r, true));
    const seen = new Set<string>();
    for (const row of returnedRows) {
      const key = `${row.bucket}#${rowKey(groupBy, row)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      points.push({
        bucket: row.bucket,
        key: rowKey(groupBy, row),
        unitsSold: soldBy.get(`${row.bucket}#${rowKey(soldKeys, row)}`) ?? 0,
        unitsReturned: returnedBy.get(key) ?? 0,
      });
    }
  } else {
    for (const key of new Set([...soldBy.keys(), ...returnedBy.keys()])) {
      const [bucket = '', groupKey = ''] = key.split('#');
      points.push({
        bucket,
        key: groupKey,
        unitsSold: soldBy.get(key) ?? 0,
        unitsReturned: returnedBy.get(key) ?? 0,
      });
    }
  }
  const sorted = points
    .filter((point) => point.unitsSold !== 0 || point.unitsReturned !== 0)
    .sort((a, b) => `${a.bucket}#${a.key}`.localeCompare(`${b.bucket}#${b.key}`));
  return { total: { unitsSold: totalSold, unitsReturned: totalReturned }, points: sorted };
}

/** Rows of the rollup tables without the zero rows the triggers may leave behind. */
export async function rollupRows(
  db: DataSource,
): Promise<{ sold: unknown[]; returned: unknown[] }> {
  return {
    sold: await db.query(
      `SELECT time_zone, day::text, sku_id, channel, units::int FROM analytics_units_sold
       WHERE units <> 0 ORDER BY 1, 2, 3, 4`,
    ),
    returned: await db.query(
      `SELECT time_zone, day::text, sku_id, channel, reason_code, units::int FROM analytics_units_returned
       WHERE units <> 0 ORDER BY 1, 2, 3, 4, 5`,
    ),
  };
}

/** The rollups as the base tables say they should be, for every reporting zone. */
export async function rollupRowsFromBase(
  db: DataSource,
): Promise<{ sold: unknown[]; returned: unknown[] }> {
  return {
    sold: await db.query(
      `SELECT z.time_zone, (o.ordered_at AT TIME ZONE z.time_zone)::date::text AS day, ol.sku_id, o.channel,
         sum(ol.quantity)::int AS units
       FROM order_lines ol JOIN orders o ON o.id = ol.order_id CROSS JOIN analytics_rollup_zones z
       GROUP BY 1, 2, 3, 4 HAVING sum(ol.quantity) <> 0 ORDER BY 1, 2, 3, 4`,
    ),
    returned: await db.query(
      `SELECT z.time_zone, (r.requested_at AT TIME ZONE z.time_zone)::date::text AS day, ol.sku_id, o.channel,
         rl.reason_code, sum(rl.quantity)::int AS units
       FROM return_lines rl JOIN returns r ON r.id = rl.return_id
       JOIN order_lines ol ON ol.id = rl.order_line_id JOIN orders o ON o.id = ol.order_id
       CROSS JOIN analytics_rollup_zones z
       WHERE r.status NOT IN ('REJECTED', 'CANCELLED')
       GROUP BY 1, 2, 3, 4, 5 HAVING sum(rl.quantity) <> 0 ORDER BY 1, 2, 3, 4, 5`,
    ),
  };
}

/** Linear-interpolated percentile (as percentile_cont), null for no values. */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? 0;
  return low + (high - low) * (position - lower);
}

const PART_COLUMNS =
  'refund_id, supplier_id, total_minor::text, items::text, tax::text, shipping::text, restocking_fees::text, label_deduction::text, shipping_reimbursement::text';

/** The stored refund supplier parts, in key order. */
export async function refundPartRows(db: DataSource): Promise<unknown[]> {
  return db.query(`SELECT ${PART_COLUMNS} FROM analytics_refund_supplier_parts ORDER BY 1, 2`);
}

/**
 * The refund supplier parts as the refund report computes them today (its attribution CTEs over
 * every refund), to check the stored copy against.
 */
export async function refundPartRowsFromBase(db: DataSource): Promise<unknown[]> {
  return db.query(`
    WITH scoped AS (
      SELECT r.id, r.status, r.method, r.currency, r.breakdown, NULL::timestamp AS period,
        coalesce((r.breakdown->>'labelDeduction')::bigint, 0) AS label_deduction,
        coalesce((r.breakdown->>'shippingReimbursement')::bigint, 0) AS shipping_reimbursement
      FROM refunds r
    ),${SUPPLIER_ATTRIBUTION_CTES}
    SELECT ${PART_COLUMNS} FROM attributed ORDER BY 1, 2`);
}
