import { dateRangeFromParams, lastDays, type DateRange } from '../../lib/date-range';
import type { FinanceRefundReportQuery } from '../../lib/graphql/generated/graphql';
import { periodStartsIn } from '../../lib/periods';
import { REPORT_PERIODS, type ReportPeriod } from './urls';

export type RefundReportRow = FinanceRefundReportQuery['refundReport'][number];

/** The report as the URL asks for it, every param defaulted. */
export interface RefundReportSettings {
  readonly range: DateRange;
  readonly period: ReportPeriod;
  readonly currency: string | null;
  readonly timeZone: string;
}

const CURRENCY = /^[A-Z]{3}$/;
const ZONE = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/;

export function refundReportSettings(params: URLSearchParams, today: string): RefundReportSettings {
  const period = params.get('period');
  const currency = params.get('currency')?.toUpperCase() ?? null;
  const zone = params.get('tz');
  return {
    range: dateRangeFromParams(params, lastDays(today, 84)),
    period: REPORT_PERIODS.find((p) => p === period) ?? 'WEEK',
    currency: currency !== null && CURRENCY.test(currency) ? currency : null,
    timeZone: zone !== null && ZONE.test(zone) ? zone : 'UTC',
  };
}

/** The money columns of a report row, in table order: what was refunded first, then its parts. */
export const REFUND_AMOUNT_COLUMNS = [
  ['total', 'Refunded'],
  ['items', 'Items'],
  ['shipping', 'Shipping'],
  ['tax', 'Tax'],
  ['restockingFees', 'Fees kept'],
  ['labelDeductions', 'Label cost'],
  ['shippingReimbursements', 'Return shipping'],
] as const satisfies readonly (readonly [keyof RefundReportRow, string])[];

export type RefundAmountColumn = (typeof REFUND_AMOUNT_COLUMNS)[number][0];

export interface CurrencyReport {
  readonly currency: string;
  /** One row per period that has refunds, oldest first. */
  readonly rows: readonly RefundReportRow[];
  readonly refundCount: number;
  readonly totals: Readonly<Record<RefundAmountColumn, number>>;
  /** Refunded total per period the range touches, zero where none: what the chart draws. */
  readonly series: readonly {
    readonly periodStart: string;
    readonly total: number;
    readonly refundCount: number;
  }[];
}

/** Splits the API's rows by currency (money of different currencies is never added up). */
export function reportByCurrency(
  rows: readonly RefundReportRow[],
  range: DateRange,
  period: ReportPeriod,
): CurrencyReport[] {
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  const starts = periodStartsIn(range, period);
  return currencies.map((currency) => {
    const mine = rows
      .filter((row) => row.currency === currency)
      .sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? ''));
    const totals = Object.fromEntries(
      REFUND_AMOUNT_COLUMNS.map(([column]) => [
        column,
        mine.reduce((sum, row) => sum + row[column], 0),
      ]),
    ) as Record<RefundAmountColumn, number>;
    const byStart = new Map(mine.map((row) => [row.periodStart ?? '', row]));
    return {
      currency,
      rows: mine,
      refundCount: mine.reduce((sum, row) => sum + row.refundCount, 0),
      totals,
      series: starts.map((periodStart) => ({
        periodStart,
        total: byStart.get(periodStart)?.total ?? 0,
        refundCount: byStart.get(periodStart)?.refundCount ?? 0,
      })),
    };
  });
}
