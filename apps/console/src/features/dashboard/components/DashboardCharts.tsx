import type { ReactNode } from 'react';
import { BarChart } from '../../../lib/charts/BarChart';
import { HorizontalBarChart } from '../../../lib/charts/HorizontalBarChart';
import { LineChart } from '../../../lib/charts/LineChart';
import { addDays, type DateRange } from '../../../lib/date-range';
import { formatCount, formatShare } from '../../../lib/format';
import type { ApiError } from '../../../lib/graphql/api-error';
import { foldQuery, type QueryResult } from '../../../lib/graphql/query-result';
import { periodLabel } from '../../../lib/periods';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { formatMoney } from '../../../lib/ui/format';
import { formatWholeMoney } from '../../../lib/money';
import { Panel } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { financeUrl } from '../../finance/urls';
import type { DashboardAccess } from '../dashboard-access';
import { trendGranularity } from '../dashboard-range';
import { formatRate, rateTrend, refundsByWeek } from '../dashboard-charts';
import { returnsWithReasonUrl, returnsWithSkuUrl } from '../returns-links';
import {
  TOP_SKUS,
  useRefundsByWeek,
  useReturnReasons,
  useReturnRate,
  useTopReturnedSkus,
} from '../use-dashboard-queries';

const wholePercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const formatWholePercent = (value: number) => wholePercent.format(value);

interface ChartPanelProps<Data> {
  readonly title: string;
  readonly caption: string;
  readonly result: QueryResult<Data>;
  /** Null when the answer holds nothing to draw. */
  readonly render: (data: Data) => ReactNode | null;
  readonly empty: string;
}

function ChartPanel<Data>({ title, caption, result, render, empty }: ChartPanelProps<Data>) {
  return (
    <Panel
      title={title}
      meta={result.state === 'data' && result.refreshing ? 'Updating…' : undefined}
    >
      {foldQuery(result, {
        fetching: () => <LoadingState label={`Loading ${title.toLowerCase()}…`} rows={4} />,
        error: (error: ApiError, retry, retrying) => (
          <ApiErrorNotice
            title={`Couldn't load ${title.toLowerCase()}`}
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: (data) => {
          const chart = render(data);
          if (chart === null) return <EmptyState title="Nothing in this range">{empty}</EmptyState>;
          return (
            <figure className="dashboard-chart">
              {chart}
              <figcaption className="chart-legend">{caption}</figcaption>
            </figure>
          );
        },
      })}
    </Panel>
  );
}

function ReturnRateTrend({ range }: { readonly range: DateRange }) {
  const granularity = trendGranularity(range);
  const result = useReturnRate(range);
  return (
    <ChartPanel
      title="Return rate trend"
      caption={`Units returned ÷ units sold per ${granularity.toLowerCase()}; sold by order date, returned by request date.`}
      empty="No units were sold or returned in this range."
      result={result}
      render={(data) => {
        const trend = rateTrend(data.returnRate.points, range, granularity);
        if (trend.every((point) => point.rate === null)) return null;
        return (
          <LineChart
            label={`Return rate per ${granularity.toLowerCase()}`}
            formatValue={(value) => formatRate(value)}
            formatTick={formatWholePercent}
            data={trend.map((point) => ({
              key: point.bucketStart,
              label: periodLabel(point.bucketStart, granularity),
              value: point.rate,
              detail: `${formatCount(point.unitsReturned)} of ${formatCount(point.unitsSold)} units`,
            }))}
          />
        );
      }}
    />
  );
}

function ReasonsBreakdown({ range }: { readonly range: DateRange }) {
  const result = useReturnReasons(range);
  return (
    <ChartPanel
      title="Why customers return"
      caption="Returned units per reason. Click a reason to open those returns."
      empty="No returns were requested in this range."
      result={result}
      render={(data) => {
        if (data.returnReasons.length === 0) return null;
        const total = data.returnReasons.reduce((sum, row) => sum + row.units, 0);
        return (
          <HorizontalBarChart
            label="Returned units per reason"
            formatValue={(value) => formatCount(value)}
            data={data.returnReasons.map((row) => ({
              key: row.reasonCode,
              label: row.label,
              value: row.units,
              detail: `${formatShare(row.units, total)} of units, ${formatCount(row.returns)} returns`,
              href: returnsWithReasonUrl(row.reasonCode, range),
            }))}
          />
        );
      }}
    />
  );
}

function TopReturnedSkus({ range }: { readonly range: DateRange }) {
  const result = useTopReturnedSkus(range);
  return (
    <ChartPanel
      title="Most returned SKUs"
      caption={`The ${TOP_SKUS} SKUs with the most units returned, with their return rate. Click one to open its returns.`}
      empty="No returns were requested in this range."
      result={result}
      render={(data) => {
        if (data.topReturnedSkus.length === 0) return null;
        return (
          <HorizontalBarChart
            label="Returned units per SKU"
            formatValue={(value) => formatCount(value)}
            data={data.topReturnedSkus.map((row) => ({
              key: row.sku.id,
              label: `${row.sku.code} · ${row.sku.name}`,
              value: row.unitsReturned,
              detail: `return rate ${formatRate(row.rate)}, ${formatCount(row.unitsSold)} sold`,
              href: returnsWithSkuUrl(row.sku.id, range),
            }))}
          />
        );
      }}
    />
  );
}

function RefundsByWeek({ range }: { readonly range: DateRange }) {
  const result = useRefundsByWeek(range);
  return (
    <ChartPanel
      title="Refunds by week"
      caption="Issued refunds by the week they were created. Click a week for its finance report."
      empty="No refund created in this range has been issued."
      result={result}
      render={(data) => {
        const currencies = refundsByWeek(data.refundReport, range);
        if (currencies.length === 0) return null;
        return currencies.map((currency) => (
          <BarChart
            key={currency.currency}
            label={`Refunded per week, ${currency.currency}`}
            formatValue={(value) => formatMoney(Math.round(value), currency.currency)}
            formatTick={(value) => formatWholeMoney(value, currency.currency)}
            data={currency.weeks.map((week) => ({
              key: week.weekStart,
              label: periodLabel(week.weekStart, 'WEEK'),
              value: week.total,
              detail: `${week.refundCount} refunds`,
              href: financeUrl({
                from: week.weekStart,
                to: addDays(week.weekStart, 6),
                period: 'DAY',
              }),
            }))}
          />
        ));
      }}
    />
  );
}

interface DashboardChartsProps {
  readonly range: DateRange;
  readonly access: DashboardAccess;
}

/** The dashboard's charts: their own lazy chunk, loaded only for those allowed to see them. */
export default function DashboardCharts({ range, access }: DashboardChartsProps) {
  return (
    <div className="dashboard-charts">
      {access.analytics && <ReturnRateTrend range={range} />}
      {access.refunds && <RefundsByWeek range={range} />}
      {access.analytics && <ReasonsBreakdown range={range} />}
      {access.analytics && <TopReturnedSkus range={range} />}
    </div>
  );
}
