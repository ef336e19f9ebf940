import { daysIn, dateRangeFromParams, lastDays, type DateRange } from '../../lib/date-range';
import type { AnalyticsGranularity } from '../../lib/graphql/generated/graphql';

/** Without a range in the URL the dashboard covers the last 90 days. */
export const DEFAULT_DASHBOARD_DAYS = 90;

/** The dashboard counts days in UTC, as the returns queue's date filters do. */
export const DASHBOARD_TIME_ZONE = 'UTC';

export function dashboardRange(params: URLSearchParams, today: string): DateRange {
  return dateRangeFromParams(params, lastDays(today, DEFAULT_DASHBOARD_DAYS));
}

/** Buckets small enough to show a trend, few enough to read: days ≤ 31, weeks ≤ 26, else months. */
export function trendGranularity(range: DateRange): AnalyticsGranularity {
  const days = daysIn(range);
  if (days <= 31) return 'DAY';
  if (days <= 182) return 'WEEK';
  return 'MONTH';
}

/** Today in UTC, the dashboard's zone. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
