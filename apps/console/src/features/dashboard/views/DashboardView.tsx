import { QueryErrorNotice } from '../../../lib/graphql/QueryErrorNotice';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { DashboardPage } from '../components/DashboardPage';
import { NoReturnsYet } from '../components/NoReturnsYet';
import { ReturnStatsCards } from '../components/ReturnStatsCards';
import { ReturnStatsSkeleton } from '../components/ReturnStatsSkeleton';
import { ReturnStatusTable } from '../components/ReturnStatusTable';
import { dashboardReturnStatsQuery } from '../operations';
import { summarizeReturnStats } from '../return-stats';

export function DashboardView() {
  const returnStats = useTypedQuery({ query: dashboardReturnStatsQuery });

  return (
    <DashboardPage>
      {foldQuery(returnStats, {
        fetching: () => <ReturnStatsSkeleton />,
        error: (error, retry, retrying) => (
          <QueryErrorNotice
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
              <ReturnStatsCards summary={summary} />
              <ReturnStatusTable summary={summary} refreshing={refreshing} />
            </>
          );
        },
      })}
    </DashboardPage>
  );
}
