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
import { AdjustRefundDialog, RecalculateRefundDialog } from '../components/AmendRefundDialogs';
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
import { reapprovalNeeded, type RefundDetail } from '../refund-detail';
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
  adjust: { label: 'Adjust amount', variant: 'quiet' },
  recalculate: { label: 'Recalculate', variant: 'quiet' },
  reject: { label: 'Reject', variant: 'quiet' },
  issue: { label: 'Issue refund', variant: 'primary' },
  retry: { label: 'Retry', variant: 'primary' },
};

const AMENDMENTS: readonly RefundActionName[] = ['adjust', 'recalculate'];

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
  const reapproval = reapprovalNeeded(refund);
  const actions = availableRefundActions({
    status: refund.status,
    roles: viewer.roles,
    viewerId: viewer.id,
    submittedById: refund.submittedById,
    reapprovalNeeded: reapproval,
  });
  // Amendments sit with the breakdown they change; decisions stay in the page header.
  const amendments = actions.filter((action) => AMENDMENTS.includes(action));
  const decisions = actions.filter((action) => !AMENDMENTS.includes(action));
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
  const actionButton = (action: RefundActionName, size?: 'small') => (
    <Button
      key={action}
      variant={BUTTONS[action].variant}
      size={size ?? 'normal'}
      onClick={() => {
        setFlash(null);
        void navigate(refundUrl(refund.id, { action }));
      }}
    >
      {action === 'approve' && reapproval ? 'Approve new amount' : BUTTONS[action].label}
    </Button>
  );

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
        actions={decisions.length > 0 ? decisions.map((action) => actionButton(action)) : undefined}
      />
      <div className="page-notices">
        {flash !== null && <SuccessNotice>{flash}</SuccessNotice>}
        {refund.status === 'FAILED' && refund.failureReason && (
          <p className="inline-notice inline-notice--warning">
            The gateway refused: {refund.failureReason}
          </p>
        )}
        {reapproval && (
          <p className="inline-notice inline-notice--warning" role="status">
            The amount changed after it was approved, so the approval was voided. A finance user
            other than the submitter must approve {money(refund.total.amount)} before it can be
            issued.
          </p>
        )}
        {refund.status === 'REJECTED' && refund.rejectionReason && (
          <p className="inline-notice inline-notice--warning">Rejected: {refund.rejectionReason}</p>
        )}
      </div>
      <div className="detail-grid">
        <div className="detail-grid__main">
          <RefundBreakdown
            refund={refund}
            orderLines={orderData?.lines ?? []}
            actions={
              amendments.length > 0
                ? amendments.map((action) => actionButton(action, 'small'))
                : undefined
            }
          />
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
      {openAction === 'adjust' && <AdjustRefundDialog {...dialogProps} />}
      {openAction === 'recalculate' && <RecalculateRefundDialog {...dialogProps} />}
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
