import { addDays, type DateRange } from './date-range';

/** Calendar buckets of reports and charts; a week starts on Monday (ISO). */
export type ReportPeriod = 'DAY' | 'WEEK' | 'MONTH';
export const REPORT_PERIODS: readonly ReportPeriod[] = ['DAY', 'WEEK', 'MONTH'];

function dayOfWeek(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The first day of the period holding `date`: itself, its ISO week's Monday, or the 1st. */
export function periodStartOf(date: string, period: ReportPeriod): string {
  switch (period) {
    case 'DAY':
      return date;
    case 'WEEK':
      return addDays(date, -((dayOfWeek(date) + 6) % 7));
    case 'MONTH':
      return `${date.slice(0, 7)}-01`;
  }
}

function nextPeriod(start: string, period: ReportPeriod): string {
  switch (period) {
    case 'DAY':
      return addDays(start, 1);
    case 'WEEK':
      return addDays(start, 7);
    case 'MONTH': {
      const [year, month] = start.split('-').map(Number) as [number, number];
      return month === 12
        ? `${year + 1}-01-01`
        : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    }
  }
}

/**
 * Every period the range touches, as the API names them (periodStart), so a chart shows empty
 * periods as zero instead of skipping them. Capped: a day-by-day decade is not a chart.
 */
export function periodStartsIn(range: DateRange, period: ReportPeriod, max = 400): string[] {
  const starts: string[] = [];
  for (
    let start = periodStartOf(range.from, period);
    start <= range.to && starts.length < max;
    start = nextPeriod(start, period)
  ) {
    starts.push(start);
  }
  return starts;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 3" for a day or week, "Mar 2025" for a month. */
export function periodLabel(start: string, period: ReportPeriod): string {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1] ?? start;
  return period === 'MONTH' ? `${name} ${year}` : `${name} ${day}`;
}

export const PERIOD_LABELS: Readonly<Record<ReportPeriod, string>> = {
  DAY: 'Day',
  WEEK: 'Week (from Monday)',
  MONTH: 'Month',
};
