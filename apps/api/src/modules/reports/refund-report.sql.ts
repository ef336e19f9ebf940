import { SqlParams } from '../returns/list/sql-params';
import type { RefundReportPeriod } from './refund-report.input';
import type { RefundScope } from './refund-scope';
import { refundScopeConditions } from './refund-scope.sql';
import { SUPPLIER_ATTRIBUTION_CTES } from './supplier-attribution.sql';

/** A checked report request: the scope, at most one period, and the other keys. */
export interface RefundReportQuery {
  scope: RefundScope;
  period: RefundReportPeriod | null;
  byStatus: boolean;
  byMethod: boolean;
  bySupplier: boolean;
}

/**
 * Where the per-supplier split comes from: `stored` reads analytics_refund_supplier_parts (kept
 * exact by triggers, migration RefundSupplierParts), `computed` runs the attribution CTEs over the
 * breakdowns and refund lines. Both give the same rows; the API reads the stored parts, the tests
 * and the benchmark compare them with the computed ones.
 */
export type SupplierAttributionSource = 'stored' | 'computed';

/** `attributed` from the stored parts of the refunds of `scoped`. */
const STORED_ATTRIBUTION_CTE = `
attributed AS (
  SELECT s.id AS refund_id, p.supplier_id, s.period, s.status, s.method, s.currency,
    p.total_minor, p.items, p.tax, p.shipping, p.restocking_fees, p.label_deduction,
    p.shipping_reimbursement
  FROM scoped s JOIN analytics_refund_supplier_parts p ON p.refund_id = s.id
)`;

/** A statement and its parameter values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

const PERIOD_UNITS: Record<RefundReportPeriod, string> = {
  DAY: 'day',
  WEEK: 'week', // date_trunc's week is the ISO week: it starts on Monday.
  MONTH: 'month',
};

const breakdownAmount = (key: string, column: string): string =>
  `coalesce((r.breakdown->>'${key}')::bigint, 0) AS ${column}`;

/** Whether the amounts are a supplier's part (grouped by supplier, or filtered to one). */
const attributesPerSupplier = (query: RefundReportQuery): boolean =>
  query.bySupplier || query.scope.supplierId !== null;

/**
 * The refund report as one statement. `scoped` holds the refunds of the scope with their period
 * (date_trunc of the creation instant as local time in the zone, so days follow DST) and their
 * breakdown sums; the rows group it — or its per-supplier split — by the asked keys plus the
 * currency, so that amounts of different currencies are never added.
 */
export function refundReportStatement(
  query: RefundReportQuery,
  attribution: SupplierAttributionSource = 'stored',
): Statement {
  const params = new SqlParams();
  const conditions = refundScopeConditions(query.scope, 'r', params);
  const zone = query.period === null ? null : `${params.add(query.scope.timeZone)}::text`;
  const period =
    query.period === null || zone === null
      ? 'NULL::timestamp'
      : `date_trunc('${PERIOD_UNITS[query.period]}', r.created_at AT TIME ZONE ${zone})`;
  const perSupplier = attributesPerSupplier(query);
  const supplierOnly =
    perSupplier && query.scope.supplierId !== null
      ? `WHERE g.supplier_id = ${params.add(query.scope.supplierId)}::uuid`
      : '';
  const keys = [
    ...(zone === null ? [] : ['g.period']),
    ...(query.byStatus ? ['g.status'] : []),
    ...(query.byMethod ? ['g.method'] : []),
    'g.currency',
    ...(query.bySupplier ? ['sp.name', 'sp.code', 'sp.id'] : []),
  ];
  // With stored parts, `scoped` needs only the keys of each refund, not its breakdown.
  const stored = perSupplier && attribution === 'stored';
  const amounts = stored
    ? ''
    : `, r.total_minor, r.breakdown,
    ${breakdownAmount('items', 'items')}, ${breakdownAmount('tax', 'tax')},
    ${breakdownAmount('shipping', 'shipping')}, ${breakdownAmount('restockingFees', 'restocking_fees')},
    ${breakdownAmount('labelDeduction', 'label_deduction')},
    ${breakdownAmount('shippingReimbursement', 'shipping_reimbursement')}`;
  const attributionCtes = stored ? STORED_ATTRIBUTION_CTE : SUPPLIER_ATTRIBUTION_CTES;
  const sql = `
WITH scoped AS (
  SELECT r.id, r.status, r.method, r.currency, ${period} AS period${amounts}
  FROM refunds r
  WHERE ${conditions.join('\n    AND ')}
)${perSupplier ? `,${attributionCtes}` : ''}
SELECT
  ${zone === null ? 'NULL::text' : "to_char(g.period, 'YYYY-MM-DD')"} AS period_start,
  ${zone === null ? 'NULL::timestamptz' : `g.period AT TIME ZONE ${zone}`} AS period_starts_at,
  ${query.byStatus ? 'g.status' : 'NULL::text'} AS status,
  ${query.byMethod ? 'g.method' : 'NULL::text'} AS method,
  g.currency,
  ${query.bySupplier ? 'sp.id' : 'NULL::uuid'} AS supplier_id,
  ${query.bySupplier ? 'sp.code' : 'NULL::text'} AS supplier_code,
  ${query.bySupplier ? 'sp.name' : 'NULL::text'} AS supplier_name,
  count(*)::int AS refund_count,
  sum(g.total_minor)::bigint AS total,
  sum(g.items)::bigint AS items,
  sum(g.tax)::bigint AS tax,
  sum(g.shipping)::bigint AS shipping,
  sum(g.restocking_fees)::bigint AS restocking_fees,
  sum(g.label_deduction)::bigint AS label_deductions,
  sum(g.shipping_reimbursement)::bigint AS shipping_reimbursements
FROM ${perSupplier ? 'attributed' : 'scoped'} g
${query.bySupplier ? 'JOIN suppliers sp ON sp.id = g.supplier_id' : ''}
${supplierOnly}
GROUP BY ${keys.join(', ')}
ORDER BY ${keys.join(', ')}`;
  return { sql, params: params.values };
}
