import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { buttonClassName } from '../../../lib/ui/Button';
import { nextPage, pageSummary, previousPage } from '../../../lib/ui/keyset-pages';
import { PageHeader } from '../../../lib/ui/Layout';
import { Pagination } from '../../../lib/ui/Pagination';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { ReturnsFilters } from '../components/ReturnsFilters';
import { ReturnsTable } from '../components/ReturnsTable';
import { returnsQueueQuery } from '../operations';
import { activeQueueView, queueViewsFor } from '../queue-views';
import {
  EMPTY_RETURNS_LIST,
  isFiltered,
  positionOf,
  readReturnsListParams,
  returnsListUrl,
  toReturnFilter,
  withPosition,
} from '../urls';
import '../returns.css';

export const RETURNS_PAGE_SIZE = 25;

export function ReturnsQueueView() {
  const [search] = useSearchParams();
  const params = readReturnsListParams(search);
  const { roles } = useSignedInUser();
  const position = positionOf(params);
  const result = useTypedQuery({
    query: returnsQueueQuery,
    variables: {
      filter: toReturnFilter(params),
      orderBy: params.sort,
      first: RETURNS_PAGE_SIZE,
      after: params.after,
    },
  });
  const active = activeQueueView(params);
  // A new page starts at the top of the list, not where the Next button was.
  const panelRef = useRef<HTMLElement>(null);
  const shownPage = useRef(params.after);
  useEffect(() => {
    if (shownPage.current === params.after) return;
    shownPage.current = params.after;
    panelRef.current?.scrollIntoView({ block: 'start' });
  }, [params.after]);
  const filtersKey = `${params.q ?? ''}|${params.from ?? ''}|${params.to ?? ''}`;

  return (
    <>
      <title>Returns · Rebound</title>
      <PageHeader
        title="Returns"
        lead="Every return request, from decision to refund. Filter, sort and share the link: the view is in the URL."
      />
      <nav className="queue-views" aria-label="Queue views">
        <Link
          className={`queue-views__item${!isFiltered(params) ? ' is-active' : ''}`}
          to={returnsListUrl()}
          aria-current={!isFiltered(params) ? 'page' : undefined}
        >
          All returns
        </Link>
        {queueViewsFor(roles).map((view) => (
          <Link
            key={view.id}
            className={`queue-views__item${active?.id === view.id ? ' is-active' : ''}`}
            to={returnsListUrl(view.params)}
            aria-current={active?.id === view.id ? 'page' : undefined}
          >
            {view.label}
          </Link>
        ))}
      </nav>
      <section ref={panelRef} className="panel returns-queue" aria-labelledby="returns-queue-title">
        <header className="panel__header">
          <h2 id="returns-queue-title" className="panel__title">
            {active?.label ?? (isFiltered(params) ? 'Filtered returns' : 'All returns')}
          </h2>
          {result.state === 'data' && (
            <span className="panel__meta">
              {result.data.returns.totalCount.toLocaleString('en-US')}{' '}
              {result.data.returns.totalCount === 1 ? 'return' : 'returns'}
              {result.refreshing ? ' · Updating…' : ''}
            </span>
          )}
        </header>
        <ReturnsFilters key={filtersKey} params={params} />
        {foldQuery(result, {
          fetching: () => <LoadingState label="Loading returns…" rows={8} />,
          error: (error, retry, retrying) => (
            <div className="panel__body">
              <ApiErrorNotice
                title="Couldn't load returns"
                error={error}
                onRetry={retry}
                retrying={retrying}
              />
            </div>
          ),
          data: (data, refreshing) => {
            const { nodes, pageInfo, totalCount } = data.returns;
            if (nodes.length === 0) {
              return (
                <EmptyState
                  title={isFiltered(params) ? 'No returns match these filters' : 'No returns yet'}
                  action={
                    isFiltered(params) ? (
                      <Link
                        className={buttonClassName('quiet', 'small')}
                        to={returnsListUrl({ ...EMPTY_RETURNS_LIST, sort: params.sort })}
                      >
                        Clear filters
                      </Link>
                    ) : undefined
                  }
                >
                  {isFiltered(params)
                    ? 'Try another search or fewer filters. Search takes an exact RMA number, an order id (or its beginning) or a customer’s exact email.'
                    : 'Returns appear here as soon as customers request them.'}
                </EmptyState>
              );
            }
            const previous = previousPage(position);
            return (
              <>
                <ReturnsTable rows={nodes} params={params} refreshing={refreshing} />
                <Pagination
                  label="Returns pages"
                  summary={`Showing ${pageSummary(position, RETURNS_PAGE_SIZE, nodes.length, totalCount)}`}
                  firstUrl={
                    previous === null
                      ? null
                      : returnsListUrl(withPosition(params, { after: null, trail: [] }))
                  }
                  previousUrl={
                    previous === null ? null : returnsListUrl(withPosition(params, previous))
                  }
                  nextUrl={
                    pageInfo.hasNextPage &&
                    pageInfo.endCursor !== null &&
                    pageInfo.endCursor !== undefined
                      ? returnsListUrl(withPosition(params, nextPage(position, pageInfo.endCursor)))
                      : null
                  }
                />
              </>
            );
          },
        })}
      </section>
    </>
  );
}
