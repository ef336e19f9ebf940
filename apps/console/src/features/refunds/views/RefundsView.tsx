import { Link, useNavigate, useSearchParams } from 'react-router';
import { RefundStatus } from '../../../lib/graphql/generated/graphql';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { SelectField } from '../../../lib/ui/Field';
import {
  FIRST_PAGE,
  nextPage,
  pageIndex,
  previousPage,
  type KeysetPosition,
} from '../../../lib/ui/keyset-pages';
import { PageHeader } from '../../../lib/ui/Layout';
import { Pagination } from '../../../lib/ui/Pagination';
import { EmptyState, LoadingState } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { returnsQueueQuery } from '../../returns/operations';
import { ApprovalQueueTable, ReadyToRefundTable, RefundsTable } from '../components/RefundTables';
import { approvalQueueQuery, refundsListQuery } from '../operations';
import { REFUND_STATUS_ORDER, refundStatusLabel } from '../refund-labels';
import {
  readRefundsListParams,
  refundsUrl,
  withRefundsPosition,
  type RefundsListParams,
  type RefundsView as RefundsTab,
} from '../urls';
import '../../returns/returns.css';

const PAGE_SIZE = 25;

const TABS: readonly { id: RefundsTab; label: string }[] = [
  { id: 'approval', label: 'Awaiting approval' },
  { id: 'ready', label: 'Ready to refund' },
  { id: 'all', label: 'All refunds' },
];

function pager(
  params: RefundsListParams,
  shown: number,
  pageInfo: { readonly endCursor?: string | null; readonly hasNextPage: boolean },
  noun: string,
) {
  const position: KeysetPosition = { after: params.after, trail: params.trail };
  const previous = previousPage(position);
  const first = pageIndex(position) * PAGE_SIZE + 1;
  return (
    <Pagination
      label={`${noun} pages`}
      summary={`Showing ${first}–${first + shown - 1} ${noun}`}
      firstUrl={previous === null ? null : refundsUrl(withRefundsPosition(params, FIRST_PAGE))}
      previousUrl={previous === null ? null : refundsUrl(withRefundsPosition(params, previous))}
      nextUrl={
        pageInfo.hasNextPage && pageInfo.endCursor
          ? refundsUrl(withRefundsPosition(params, nextPage(position, pageInfo.endCursor)))
          : null
      }
    />
  );
}

function ApprovalTab({ params }: { readonly params: RefundsListParams }) {
  const viewer = useSignedInUser();
  const result = useTypedQuery({
    query: approvalQueueQuery,
    variables: { first: PAGE_SIZE, after: params.after },
  });
  return foldQuery(result, {
    fetching: () => <LoadingState label="Loading the approval queue…" />,
    error: (error, retry, retrying) => (
      <div className="panel__body">
        <ApiErrorNotice
          title="Couldn't load the approval queue"
          error={error}
          onRetry={retry}
          retrying={retrying}
        />
      </div>
    ),
    data: (data) => {
      const { nodes, pageInfo } = data.approvalQueue;
      const summary = data.approvalQueueSummary;
      if (nodes.length === 0) {
        return (
          <EmptyState title="Nothing awaits approval">
            Large refunds (two-person rule) appear here once submitted.
          </EmptyState>
        );
      }
      return (
        <>
          <p className="panel__body action-hint">
            {summary.count} waiting · {summary.overdueCount} past the {summary.approvalSlaHours}
            -hour approval SLA. A refund is approved by a finance user other than the one who
            submitted it.
          </p>
          <ApprovalQueueTable
            items={nodes}
            viewerId={viewer.id}
            slaHours={summary.approvalSlaHours}
          />
          {pager(params, nodes.length, pageInfo, 'refunds')}
        </>
      );
    },
  });
}

function ReadyTab({ params }: { readonly params: RefundsListParams }) {
  const result = useTypedQuery({
    query: returnsQueueQuery,
    variables: {
      filter: { status: ['INSPECTED'] },
      orderBy: 'REQUESTED_AT_ASC',
      first: PAGE_SIZE,
      after: params.after,
    },
  });
  return foldQuery(result, {
    fetching: () => <LoadingState label="Loading inspected returns…" />,
    error: (error, retry, retrying) => (
      <div className="panel__body">
        <ApiErrorNotice
          title="Couldn't load inspected returns"
          error={error}
          onRetry={retry}
          retrying={retrying}
        />
      </div>
    ),
    data: (data) => {
      const { nodes, pageInfo } = data.returns;
      if (nodes.length === 0) {
        return (
          <EmptyState title="No inspected returns">
            Returns appear here once the warehouse completes inspection.
          </EmptyState>
        );
      }
      return (
        <>
          <p className="panel__body action-hint">
            Inspected returns, oldest first. Open one to create its refund from the inspection.
          </p>
          <ReadyToRefundTable rows={nodes} />
          {pager(params, nodes.length, pageInfo, 'returns')}
        </>
      );
    },
  });
}

const STATUS_OPTIONS = REFUND_STATUS_ORDER.map((status) => ({
  value: status,
  label: refundStatusLabel(status),
}));

function AllTab({ params }: { readonly params: RefundsListParams }) {
  const navigate = useNavigate();
  const result = useTypedQuery({
    query: refundsListQuery,
    variables: {
      filter: params.status.length > 0 ? { status: [...params.status] } : null,
      first: PAGE_SIZE,
      after: params.after,
    },
  });
  return (
    <>
      <div className="returns-filters">
        <div className="returns-filters__row">
          <SelectField
            label="Status"
            name="status"
            placeholder="Any status"
            options={STATUS_OPTIONS}
            value={params.status.length === 1 ? (params.status[0] ?? '') : ''}
            onChange={(value) => {
              const status = (Object.values(RefundStatus) as string[]).includes(value)
                ? [value as RefundStatus]
                : [];
              void navigate(refundsUrl({ view: 'all', status }));
            }}
          />
        </div>
      </div>
      {foldQuery(result, {
        fetching: () => <LoadingState label="Loading refunds…" />,
        error: (error, retry, retrying) => (
          <div className="panel__body">
            <ApiErrorNotice
              title="Couldn't load refunds"
              error={error}
              onRetry={retry}
              retrying={retrying}
            />
          </div>
        ),
        data: (data) => {
          const { nodes, pageInfo } = data.refunds;
          if (nodes.length === 0) return <EmptyState title="No refunds match" />;
          return (
            <>
              <RefundsTable rows={nodes} />
              {pager(params, nodes.length, pageInfo, 'refunds')}
            </>
          );
        },
      })}
    </>
  );
}

export function RefundsView() {
  const [search] = useSearchParams();
  const params = readRefundsListParams(search);
  const tab = TABS.find((candidate) => candidate.id === params.view) ?? TABS[0];
  return (
    <>
      <title>Refunds · Rebound</title>
      <PageHeader
        title="Refunds"
        lead="Approve large refunds, issue approved ones, and see every refund with its breakdown."
      />
      <nav className="queue-views" aria-label="Refund views">
        {TABS.map((candidate) => (
          <Link
            key={candidate.id}
            className={`queue-views__item${candidate.id === params.view ? ' is-active' : ''}`}
            to={refundsUrl({ view: candidate.id })}
            aria-current={candidate.id === params.view ? 'page' : undefined}
          >
            {candidate.label}
          </Link>
        ))}
      </nav>
      <section className="panel" aria-labelledby="refunds-tab-title">
        <header className="panel__header">
          <h2 id="refunds-tab-title" className="panel__title">
            {tab?.label}
          </h2>
        </header>
        {params.view === 'approval' && <ApprovalTab params={params} />}
        {params.view === 'ready' && <ReadyTab params={params} />}
        {params.view === 'all' && <AllTab params={params} />}
      </section>
    </>
  );
}
