import type { DateRange } from '../../lib/date-range';
import type {
  AnalyticsGranularity,
  DashboardRefundsQuery,
  DashboardReturnRateQuery,
} from '../../lib/graphql/generated/graphql';
import { periodStartsIn } from '../../lib/periods';

const percent1 = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A return rate (0.034) as "3.4%"; "—" when nothing was sold. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : percent1.format(rate);
}

export interface RatePoint {
  readonly bucketStart: string;
  readonly rate: number | null;
  readonly unitsSold: number;
  readonly unitsReturned: number;
}

/** One point per bucket of the range; buckets the API left out (no units) have a null rate. */
export function rateTrend(
  points: DashboardReturnRateQuery['returnRate']['points'],
  range: DateRange,
  granularity: AnalyticsGranularity,
): RatePoint[] {
  const byBucket = new Map(points.map((point) => [point.bucketStart ?? '', point]));
  return periodStartsIn(range, granularity).map((bucketStart) => {
    const point = byBucket.get(bucketStart);
    return {
      bucketStart,
      rate: point?.rate ?? null,
      unitsSold: point?.unitsSold ?? 0,
      unitsReturned: point?.unitsReturned ?? 0,
    };
  });
}

export interface RefundWeek {
  readonly weekStart: string;
  readonly total: number;
  readonly refundCount: number;
}

export interface CurrencyRefunds {
  readonly currency: string;
  readonly total: number;
  readonly refundCount: number;
  /** Every week the range touches, zero where no refund was issued. */
  readonly weeks: readonly RefundWeek[];
}

/** Refunds by week, per currency (amounts of different currencies are never added). */
export function refundsByWeek(
  rows: DashboardRefundsQuery['refundReport'],
  range: DateRange,
): CurrencyRefunds[] {
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  const weeks = periodStartsIn(range, 'WEEK');
  return currencies.map((currency) => {
    const mine = rows.filter((row) => row.currency === currency);
    const byWeek = new Map(mine.map((row) => [row.periodStart ?? '', row]));
    return {
      currency,
      total: mine.reduce((sum, row) => sum + row.total, 0),
      refundCount: mine.reduce((sum, row) => sum + row.refundCount, 0),
      weeks: weeks.map((weekStart) => ({
        weekStart,
        total: byWeek.get(weekStart)?.total ?? 0,
        refundCount: byWeek.get(weekStart)?.refundCount ?? 0,
      })),
    };
  });
}
