import { lazy, Suspense } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { dateRangeInstants, lastDays, localToday } from '../../../lib/date-range';
import { formatCount } from '../../../lib/format';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { DateRangeForm } from '../../../lib/page/DateRangeForm';
import { TableScroll } from '../../../lib/page/TableScroll';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { SelectField } from '../../../lib/ui/Field';
import { formatMoney } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { FinancePageHeader } from '../components/FinanceTabs';
import { canExportRefunds } from '../permissions';
import { refundReportQuery } from '../operations';
import {
  REFUND_AMOUNT_COLUMNS,
  refundReportSettings,
  reportByCurrency,
  type CurrencyReport,
  type RefundReportSettings,
} from '../refund-report';
import { PERIOD_LABELS, periodLabel } from '../../../lib/periods';
import { financeUrl, REPORT_PERIODS, refundExportUrl, type ReportPeriod } from '../urls';

const RefundTotalsChart = lazy(() => import('../components/RefundTotalsChart'));

const TIME_ZONES = [
  'UTC',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
];

function urlOf(settings: RefundReportSettings): string {
  return financeUrl({
    from: settings.range.from,
    to: settings.range.to,
    period: settings.period,
    currency: settings.currency ?? undefined,
    tz: settings.timeZone,
  });
}

export function RefundReportView() {
  const { roles } = useSignedInUser();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const today = localToday();
  const settings = refundReportSettings(searchParams, today);
  const instants = dateRangeInstants(settings.range, settings.timeZone);
  const report = useTypedQuery({
    query: refundReportQuery,
    variables: {
      filter: {
        from: instants.from,
        to: instants.to,
        timeZone: settings.timeZone,
        ...(settings.currency === null ? {} : { currency: settings.currency }),
      },
      groupBy: [settings.period, 'CURRENCY'],
    },
  });
  const go = (next: RefundReportSettings) => {
    void navigate(urlOf(next));
  };
  const zones = TIME_ZONES.includes(settings.timeZone)
    ? TIME_ZONES
    : [...TIME_ZONES, settings.timeZone];

  return (
    <>
      <FinancePageHeader
        actions={
          canExportRefunds(roles) ? (
            <a
              className={buttonClassName('quiet')}
              href={refundExportUrl({
                from: settings.range.from,
                to: settings.range.to,
                timeZone: settings.timeZone,
                currency: settings.currency ?? undefined,
              })}
              download
            >
              Export refunds (CSV)
            </a>
          ) : undefined
        }
      />
      <DateRangeForm
        label="Report range"
        range={settings.range}
        onApply={(range) => {
          go({ ...settings, range });
        }}
        presets={
          <>
            <Link
              className={buttonClassName('quiet')}
              to={urlOf({ ...settings, range: lastDays(today, 28) })}
            >
              Last 4 weeks
            </Link>
            <Link
              className={buttonClassName('quiet')}
              to={urlOf({ ...settings, range: lastDays(today, 365) })}
            >
              Last year
            </Link>
          </>
        }
      >
        <SelectField
          label="Per"
          name="period"
          value={settings.period}
          onChange={(value) => {
            go({ ...settings, period: REPORT_PERIODS.find((p) => p === value) ?? 'WEEK' });
          }}
          options={REPORT_PERIODS.map((value) => ({ value, label: PERIOD_LABELS[value] }))}
        />
        <SelectField
          label="Time zone"
          name="tz"
          value={settings.timeZone}
          onChange={(timeZone) => {
            go({ ...settings, timeZone });
          }}
          options={zones.map((zone) => ({ value: zone, label: zone.replace('_', ' ') }))}
        />
      </DateRangeForm>
      {foldQuery(report, {
        fetching: () => <LoadingState label="Loading the refunds report…" rows={8} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load the refunds report"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: (data, refreshing) => {
          const byCurrency = reportByCurrency(data.refundReport, settings.range, settings.period);
          if (byCurrency.length === 0)
            return (
              <EmptyState title="No refunds in this range">
                No refund was created between {settings.range.from} and {settings.range.to}. Try a
                longer range.
              </EmptyState>
            );
          return byCurrency.map((currencyReport) => (
            <CurrencyReportPanel
              key={currencyReport.currency}
              report={currencyReport}
              period={settings.period}
              refreshing={refreshing}
            />
          ));
        },
      })}
    </>
  );
}

interface CurrencyReportPanelProps {
  readonly report: CurrencyReport;
  readonly period: ReportPeriod;
  readonly refreshing: boolean;
}

function CurrencyReportPanel({ report, period, refreshing }: CurrencyReportPanelProps) {
  const money = (amount: number) => formatMoney(amount, report.currency);
  return (
    <Panel
      title={`Refunds in ${report.currency}`}
      id={`refunds-${report.currency.toLowerCase()}`}
      flush
      meta={
        refreshing
          ? 'Updating…'
          : `${formatCount(report.refundCount)} refunds · ${money(report.totals.total)} refunded`
      }
    >
      <figure className="chart-panel__body">
        <Suspense fallback={<LoadingState label="Loading the chart…" rows={3} />}>
          <RefundTotalsChart report={report} period={period} />
        </Suspense>
        <figcaption className="chart-legend">
          Refunded per {period.toLowerCase()} in {report.currency}, by the day each refund was
          created.
        </figcaption>
      </figure>
      <TableScroll label={`Refunds in ${report.currency}, by period`}>
        <table className="data-table data-table--list" aria-busy={refreshing}>
          <thead>
            <tr>
              <th scope="col">{PERIOD_LABELS[period]}</th>
              <th scope="col" className="numeric">
                Refunds
              </th>
              {REFUND_AMOUNT_COLUMNS.map(([column, label]) => (
                <th key={column} scope="col" className="numeric">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.periodStart ?? ''}>
                <th scope="row" className="nowrap">
                  {row.periodStart === null || row.periodStart === undefined
                    ? '—'
                    : periodLabel(row.periodStart, period)}
                </th>
                <td className="numeric">{formatCount(row.refundCount)}</td>
                {REFUND_AMOUNT_COLUMNS.map(([column]) => (
                  <td key={column} className="numeric">
                    {money(row[column])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="numeric">{formatCount(report.refundCount)}</td>
              {REFUND_AMOUNT_COLUMNS.map(([column]) => (
                <td key={column} className="numeric">
                  {money(report.totals[column])}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </Panel>
  );
}
