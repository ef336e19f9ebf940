import { BarChart } from '../../../lib/charts/BarChart';
import { formatWholeMoney } from '../../../lib/money';
import { formatMoney } from '../../../lib/ui/format';
import type { CurrencyReport } from '../refund-report';
import { periodLabel } from '../../../lib/periods';
import type { ReportPeriod } from '../urls';

interface RefundTotalsChartProps {
  readonly report: CurrencyReport;
  readonly period: ReportPeriod;
}

/** Refunded totals per period: loaded with the charts chunk, never in the initial bundle. */
export default function RefundTotalsChart({ report, period }: RefundTotalsChartProps) {
  return (
    <BarChart
      label={`Refunded per ${period.toLowerCase()}, ${report.currency}`}
      formatValue={(value) => formatMoney(Math.round(value), report.currency)}
      formatTick={(value) => formatWholeMoney(value, report.currency)}
      data={report.series.map((point) => ({
        key: point.periodStart,
        label: periodLabel(point.periodStart, period),
        value: point.total,
        detail: `${point.refundCount} ${point.refundCount === 1 ? 'refund' : 'refunds'}`,
      }))}
    />
  );
}
