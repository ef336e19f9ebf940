import type { RefundStatus } from '@rebound/domain';
import { QueryFailedError } from 'typeorm';
import type { RequestContext } from '../../context';
import type { RefundMethod } from '../refunds/refund.entity';
import {
  REFUND_REPORT_PERIODS,
  type RefundReportFilter,
  type RefundReportGroup,
  type RefundReportPeriod,
} from './refund-report.input';
import { refundReportStatement, type RefundReportQuery } from './refund-report.sql';
import type { RefundReportRow } from './refund-report.type';
import { checkRefundScope, refuseInput } from './refund-scope';

interface ReportRow {
  period_start: string | null;
  period_starts_at: Date | null;
  status: RefundStatus | null;
  method: RefundMethod | null;
  currency: string;
  supplier_id: string | null;
  supplier_code: string | null;
  supplier_name: string | null;
  refund_count: number;
  total: number;
  items: number;
  tax: number;
  shipping: number;
  restocking_fees: number;
  label_deductions: number;
  shipping_reimbursements: number;
}

const PG_INVALID_PARAMETER_VALUE = '22023';

const isPeriod = (group: RefundReportGroup): group is RefundReportPeriod =>
  (REFUND_REPORT_PERIODS as readonly string[]).includes(group);

/** Checks the filter and the keys: one period at most (BAD_USER_INPUT, path `groupBy`). */
export function checkRefundReport(
  filter: RefundReportFilter,
  groupBy: readonly RefundReportGroup[],
): RefundReportQuery {
  const scope = checkRefundScope(
    {
      from: filter.from,
      to: filter.to,
      timeZone: filter.timeZone,
      statuses: filter.status,
      methods: filter.method,
      currency: filter.currency,
      supplierId: filter.supplierId,
    },
    'filter.',
  );
  const periods = [...new Set(groupBy.filter(isPeriod))];
  if (periods.length > 1) {
    throw refuseInput([
      { path: 'groupBy', problems: [`at most one period, got ${periods.join(' and ')}`] },
    ]);
  }
  return {
    scope,
    period: periods[0] ?? null,
    byStatus: groupBy.includes('STATUS'),
    byMethod: groupBy.includes('METHOD'),
    bySupplier: groupBy.includes('SUPPLIER'),
  };
}

/**
 * The refund report: one plain-SQL statement, rows in key order. A zone the runtime accepts but
 * the database does not know is still refused as bad input, not as a server error.
 */
export async function refundReport(
  ctx: RequestContext,
  filter: RefundReportFilter,
  groupBy: readonly RefundReportGroup[],
): Promise<RefundReportRow[]> {
  const query = checkRefundReport(filter, groupBy);
  const { sql, params } = refundReportStatement(query);
  let rows: ReportRow[];
  try {
    rows = await ctx.dataSource.query<ReportRow[]>(sql, params);
  } catch (error) {
    const code =
      error instanceof QueryFailedError ? (error.driverError as { code?: unknown }).code : null;
    if (code === PG_INVALID_PARAMETER_VALUE) {
      throw refuseInput([
        { path: 'filter.timeZone', problems: ['is not a time zone the database knows'] },
      ]);
    }
    throw error;
  }
  return rows.map((row) => ({
    periodStart: row.period_start,
    periodStartsAt: row.period_starts_at,
    status: row.status,
    method: row.method,
    currency: row.currency,
    supplierId: row.supplier_id,
    supplierCode: row.supplier_code,
    supplierName: row.supplier_name,
    refundCount: row.refund_count,
    total: row.total,
    items: row.items,
    tax: row.tax,
    shipping: row.shipping,
    restockingFees: row.restocking_fees,
    labelDeductions: row.label_deductions,
    shippingReimbursements: row.shipping_reimbursements,
  }));
}
