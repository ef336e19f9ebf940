import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { Badge } from '../../../lib/ui/Badge';
import { Button, buttonClassName, type ButtonVariant } from '../../../lib/ui/Button';
import { formatDateTime, formatMoney } from '../../../lib/ui/format';
import { DescriptionList, PageHeader } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState, SuccessNotice } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { returnUrl } from '../../returns/urls';
import { FourEyesPanel } from '../components/FourEyesPanel';
import { RefundBreakdown } from '../components/RefundBreakdown';
import {
  ApproveRefundDialog,
  IssueRefundDialog,
  RejectRefundDialog,
  RetryRefundDialog,
  SubmitRefundDialog,
  type RefundDialogProps,
} from '../components/RefundDialogs';
import { refundDetailQuery, refundOrderLinesQuery } from '../operations';
import { availableRefundActions } from '../refund-actions';
import type { RefundDetail } from '../refund-detail';
import {
  refundMethodLabel,
  refundStatusDescription,
  refundStatusLabel,
  refundStatusTone,
} from '../refund-labels';
import { readRefundAction, refundsUrl, refundUrl, type RefundActionName } from '../urls';
import '../../returns/returns.css';

const BUTTONS: Readonly<Record<RefundActionName, { label: string; variant: ButtonVariant }>> = {
  submit: { label: 'Submit refund', variant: 'primary' },
  approve: { label: 'Approve', variant: 'primary' },
  reject: { label: 'Reject', variant: 'quiet' },
  issue: { label: 'Issue refund', variant: 'primary' },
  retry: { label: 'Retry', variant: 'primary' },
};

function LoadedRefund({
  refund,
  refetch,
  refreshing,
}: {
  readonly refund: RefundDetail;
  readonly refetch: () => void;
  readonly refreshing: boolean;
}) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const viewer = useSignedInUser();
  const [flash, setFlash] = useState<string | null>(null);
  const order = useTypedQuery({ query: refundOrderLinesQuery, variables: { id: refund.orderId } });
  const orderData = order.state === 'data' ? (order.data.order ?? null) : null;
  const actions = availableRefundActions({
    status: refund.status,
    roles: viewer.roles,
    viewerId: viewer.id,
    submittedById: refund.submittedById,
  });
  const requested = readRefundAction(search);
  const openAction = requested !== null && actions.includes(requested) ? requested : null;
  const close = () => {
    void navigate(refundUrl(refund.id), { replace: true });
  };
  const dialogProps: RefundDialogProps = {
    refund,
    onClose: close,
    onDone: (message) => {
      setFlash(message);
      close();
      refetch();
    },
  };
  const money = (minor: number) => formatMoney(minor, refund.total.currency);

  return (
    <>
      <title>{`Refund ${refund.rmaNumber} · Rebound`}</title>
      <PageHeader
        back={{ label: 'Refunds', url: refundsUrl() }}
        title={`Refund for ${refund.rmaNumber}`}
        badges={
          <>
            <Badge
              tone={refundStatusTone(refund.status)}
              title={refundStatusDescription(refund.status)}
            >
              {refundStatusLabel(refund.status)}
            </Badge>
            {refund.returnless && <Badge tone="accent">Returnless</Badge>}
          </>
        }
        lead={`${money(refund.total.amount)} by ${refundMethodLabel(refund.method)}${refreshing ? ' · Updating…' : ''}`}
        actions={
          actions.length > 0
            ? actions.map((action) => (
                <Button
                  key={action}
                  variant={BUTTONS[action].variant}
                  onClick={() => {
                    setFlash(null);
                    void navigate(refundUrl(refund.id, { action }));
                  }}
                >
                  {BUTTONS[action].label}
                </Button>
              ))
            : undefined
        }
      />
      <div className="page-notices">
        {flash !== null && <SuccessNotice>{flash}</SuccessNotice>}
        {refund.status === 'FAILED' && refund.failureReason && (
          <p className="inline-notice inline-notice--warning">
            The gateway refused: {refund.failureReason}
          </p>
        )}
        {refund.status === 'REJECTED' && refund.rejectionReason && (
          <p className="inline-notice inline-notice--warning">Rejected: {refund.rejectionReason}</p>
        )}
      </div>
      <div className="detail-grid">
        <div className="detail-grid__main">
          <RefundBreakdown refund={refund} orderLines={orderData?.lines ?? []} />
        </div>
        <aside className="detail-grid__aside" aria-label="Refund facts">
          <FourEyesPanel refund={refund} viewer={viewer} />
          <section className="panel" aria-labelledby="refund-facts-title">
            <header className="panel__header">
              <h2 id="refund-facts-title" className="panel__title">
                Details
              </h2>
            </header>
            <div className="panel__body">
              <DescriptionList
                items={[
                  {
                    term: 'Return',
                    value: (
                      <Link className="row-link" to={returnUrl(refund.returnId)}>
                        {refund.rmaNumber}
                      </Link>
                    ),
                  },
                  ...(orderData
                    ? [
                        {
                          term: 'Order',
                          value: <span className="mono small">{orderData.externalId}</span>,
                        },
                        { term: 'Customer', value: orderData.customer.name },
                      ]
                    : []),
                  { term: 'Created', value: formatDateTime(refund.createdAt) },
                  ...(refund.issuedAt
                    ? [{ term: 'Issued', value: formatDateTime(refund.issuedAt) }]
                    : []),
                  ...(refund.externalReference
                    ? [
                        {
                          term: 'Reference',
                          value: <span className="mono small">{refund.externalReference}</span>,
                        },
                      ]
                    : []),
                ]}
              />
            </div>
          </section>
        </aside>
      </div>
      {openAction === 'submit' && <SubmitRefundDialog {...dialogProps} />}
      {openAction === 'approve' && <ApproveRefundDialog {...dialogProps} />}
      {openAction === 'reject' && <RejectRefundDialog {...dialogProps} />}
      {openAction === 'issue' && <IssueRefundDialog {...dialogProps} />}
      {openAction === 'retry' && <RetryRefundDialog {...dialogProps} />}
    </>
  );
}

export function RefundDetailView() {
  const { refundId = '' } = useParams();
  const result = useTypedQuery({ query: refundDetailQuery, variables: { id: refundId } });
  const header = <PageHeader title="Refund" back={{ label: 'Refunds', url: refundsUrl() }} />;
  return foldQuery(result, {
    fetching: () => (
      <>
        {header}
        <section className="panel">
          <LoadingState label="Loading the refund…" rows={6} />
        </section>
      </>
    ),
    error: (error, retry, retrying) => (
      <>
        {header}
        <ApiErrorNotice
          title="Couldn't load this refund"
          error={error}
          onRetry={retry}
          retrying={retrying}
        />
      </>
    ),
    data: (data, refreshing) =>
      data.refund === null || data.refund === undefined ? (
        <>
          {header}
          <section className="panel">
            <EmptyState
              title="No refund has this id"
              action={
                <Link className={buttonClassName('quiet', 'small')} to={refundsUrl()}>
                  Back to refunds
                </Link>
              }
            />
          </section>
        </>
      ) : (
        <LoadedRefund
          refund={data.refund}
          refetch={result.state === 'data' ? result.refetch : () => undefined}
          refreshing={refreshing}
        />
      ),
  });
}
