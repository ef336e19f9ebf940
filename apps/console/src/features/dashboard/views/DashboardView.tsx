import { lazy, Suspense } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { lastDays, type DateRange } from '../../../lib/date-range';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { DateRangeForm } from '../../../lib/page/DateRangeForm';
import { PageHeader } from '../../../lib/page/PageHeader';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { LoadingState } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { HeadlineCards } from '../components/HeadlineCards';
import { NoReturnsYet } from '../components/NoReturnsYet';
import { ReturnStatsSkeleton } from '../components/ReturnStatsSkeleton';
import { ReturnStatusTable } from '../components/ReturnStatusTable';
import { dashboardAccess } from '../dashboard-access';
import { dashboardRange, utcToday } from '../dashboard-range';
import { dashboardReturnStatsQuery } from '../operations';
import { summarizeReturnStats } from '../return-stats';
import { dashboardUrl } from '../urls';
import '../dashboard.css';

// Hand-made SVG charts in their own chunk: the first screen does not wait for them.
const DashboardCharts = lazy(() => import('../components/DashboardCharts'));

const PRESETS: readonly { readonly label: string; readonly days: number }[] = [
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
  { label: '1 year', days: 365 },
];

function rangeUrl(range: DateRange): string {
  return dashboardUrl({ from: range.from, to: range.to });
}

export function DashboardView() {
  const { roles } = useSignedInUser();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const today = utcToday();
  const range = dashboardRange(searchParams, today);
  const access = dashboardAccess(roles);
  const returnStats = useTypedQuery({ query: dashboardReturnStatsQuery });

  return (
    <>
      <PageHeader
        title="Dashboard"
        lead="Where returns stand now, and how they went over the days you pick (UTC)."
      />
      <DateRangeForm
        label="Dashboard range"
        range={range}
        onApply={(next) => {
          void navigate(rangeUrl(next));
        }}
        presets={PRESETS.map((preset) => (
          <Link
            key={preset.days}
            className={buttonClassName('quiet')}
            to={rangeUrl(lastDays(today, preset.days))}
            aria-label={`Last ${preset.label}`}
          >
            {preset.label}
          </Link>
        ))}
      />
      {foldQuery(returnStats, {
        fetching: () => <ReturnStatsSkeleton />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load return counts"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: (data, refreshing) => {
          const summary = summarizeReturnStats(data.returnStats);
          if (summary.total === 0) return <NoReturnsYet />;
          return (
            <>
              <HeadlineCards summary={summary} range={range} access={access} />
              {(access.analytics || access.refunds) && (
                <Suspense fallback={<LoadingState label="Loading the charts…" rows={6} />}>
                  <DashboardCharts range={range} access={access} />
                </Suspense>
              )}
              <ReturnStatusTable summary={summary} refreshing={refreshing} />
            </>
          );
        },
      })}
    </>
  );
}
