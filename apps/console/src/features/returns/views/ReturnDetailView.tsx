import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { Badge } from '../../../lib/ui/Badge';
import { Button, buttonClassName, type ButtonVariant } from '../../../lib/ui/Button';
import { PageHeader } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState, SuccessNotice } from '../../../lib/ui/States';
import { useSignedInUser } from '../../auth/signed-in-user';
import { OrderPanel, LabelPanel, PolicyPanel, SlaPanel } from '../components/ReturnAside';
import { ReturnStatusBadge, SlaBadge } from '../components/ReturnBadges';
import { ReturnLinesPanel } from '../components/ReturnLinesPanel';
import { ReturnRefundPanel } from '../components/ReturnRefundPanel';
import { ReturnTimeline } from '../components/ReturnTimeline';
import {
  AuthorizeDialog,
  CancelDialog,
  CreateRefundDialog,
  IssueLabelDialog,
  RejectDialog,
  ResolveDialog,
  type ReturnDialogProps,
} from '../components/SupportDialogs';
import {
  CompleteInspectionDialog,
  InspectLineDialog,
  ReceiveDialog,
} from '../components/WarehouseDialogs';
import {
  returnDetailQuery,
  returnOrderQuery,
  returnPolicyQuery,
  returnRefundQuery,
} from '../operations';
import { availableReturnActions, nextStepHint } from '../return-actions';
import {
  canReadRefunds,
  orderLinesById,
  ungradedLineCount,
  type ReturnDetail,
} from '../return-detail';
import {
  backToListUrl,
  readReturnDetailParams,
  readReturnsListParams,
  returnUrl,
  type ReturnActionName,
  type ReturnDetailParams,
} from '../urls';
import '../returns.css';

/** The page-level buttons: label, style; line actions (inspect) live on the lines. */
const HEADER_ACTIONS: Partial<Record<ReturnActionName, { label: string; variant: ButtonVariant }>> =
  {
    authorize: { label: 'Authorize', variant: 'primary' },
    reject: { label: 'Reject', variant: 'quiet' },
    cancel: { label: 'Cancel return', variant: 'quiet' },
    'issue-label': { label: 'Issue label', variant: 'primary' },
    receive: { label: 'Receive parcel', variant: 'primary' },
    'complete-inspection': { label: 'Complete inspection', variant: 'primary' },
    resolve: { label: 'Resolve…', variant: 'quiet' },
    'create-refund': { label: 'Create refund', variant: 'primary' },
  };

interface LoadedReturnProps {
  readonly rma: ReturnDetail;
  readonly params: ReturnDetailParams;
  readonly refetch: () => void;
  readonly refreshing: boolean;
}

function LoadedReturn({ rma, params, refetch, refreshing }: LoadedReturnProps) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const viewer = useSignedInUser();
  const [flash, setFlash] = useState<string | null>(null);
  const orderResult = useTypedQuery({ query: returnOrderQuery, variables: { id: rma.orderId } });
  const policyResult = useTypedQuery({ query: returnPolicyQuery });
  const refundVisible = canReadRefunds(viewer.roles);
  const refundResult = useTypedQuery({
    query: returnRefundQuery,
    variables: { id: rma.id },
    pause: !refundVisible,
  });
  const refund = refundResult.state === 'data' ? (refundResult.data.return?.refund ?? null) : null;
  const order = orderResult.state === 'data' ? (orderResult.data.order ?? null) : null;
  const orderLines = orderLinesById(order);
  const list = readReturnsListParams(search);

  const actions = availableReturnActions({
    status: rma.status,
    roles: viewer.roles,
    // Until the refund is known, creating one is not offered (it may already exist).
    refundStatus: refundResult.state === 'data' ? (refund?.status ?? null) : 'DRAFT',
    returnlessEligible: rma.returnlessEligibility?.eligible ?? false,
    ungradedLines: ungradedLineCount(rma),
  });
  const can = (action: ReturnActionName) => actions.includes(action);
  const open = (action: ReturnActionName, line?: string) => {
    setFlash(null);
    void navigate(returnUrl(rma.id, { list, action, line: line ?? null }));
  };
  const close = () => {
    void navigate(returnUrl(rma.id, { list }), { replace: true });
  };
  const done = (message: string) => {
    setFlash(message);
    close();
    refetch();
    if (refundResult.state === 'data') refundResult.refetch();
  };

  // A dialog is open only while its action is still allowed (a stale link opens nothing).
  const openAction = params.action !== null && can(params.action) ? params.action : null;
  const dialogProps: ReturnDialogProps = { rma, onClose: close, onDone: done };
  const inspectedLine =
    openAction === 'inspect' ? rma.lines.find((line) => line.id === params.line) : undefined;
  const minLength =
    policyResult.state === 'data' ? policyResult.data.returnPolicy.overrideReasonMinLength : 1;

  const headerActions = actions.filter((action) => HEADER_ACTIONS[action] !== undefined);
  const ungraded = ungradedLineCount(rma);

  return (
    <>
      <title>{`${rma.rmaNumber} · Returns · Rebound`}</title>
      <PageHeader
        back={{ label: 'Returns', url: backToListUrl(rma.id, search) }}
        title={rma.rmaNumber}
        badges={
          <>
            <ReturnStatusBadge status={rma.status} />
            <SlaBadge clocks={rma} whenNone="nothing" />
            {rma.returnless && <Badge tone="accent">Returnless</Badge>}
          </>
        }
        lead={`Order ${rma.externalOrderId} · ${rma.channel}${refreshing ? ' · Updating…' : ''}`}
        actions={
          headerActions.length > 0
            ? headerActions.map((action) => {
                const button = HEADER_ACTIONS[action];
                return button === undefined ? null : (
                  <Button
                    key={action}
                    variant={button.variant}
                    onClick={() => {
                      open(action);
                    }}
                  >
                    {button.label}
                  </Button>
                );
              })
            : undefined
        }
      />
      <div className="page-notices">
        {flash !== null && <SuccessNotice>{flash}</SuccessNotice>}
        {rma.status === 'RECEIVED' && can('inspect') && ungraded > 0 && (
          <p className="inline-notice">
            Grade each line ({ungraded} left), then complete the inspection.
          </p>
        )}
        {headerActions.length === 0 && !can('inspect') && nextStepHint(rma.status) !== null && (
          <p className="action-hint">{nextStepHint(rma.status)}</p>
        )}
      </div>
      <div className="detail-grid">
        <div className="detail-grid__main">
          <ReturnLinesPanel
            rma={rma}
            orderLines={orderLines}
            onInspect={
              can('inspect')
                ? (line) => {
                    open('inspect', line);
                  }
                : null
            }
          />
          {refundVisible && (
            <ReturnRefundPanel
              rma={rma}
              refund={refund}
              onCreate={
                can('create-refund')
                  ? () => {
                      open('create-refund');
                    }
                  : null
              }
            />
          )}
          <ReturnTimeline
            rma={rma}
            lineName={(lineId) => {
              const line = rma.lines.find((candidate) => candidate.id === lineId);
              return line === undefined ? undefined : orderLines.get(line.orderLineId)?.skuName;
            }}
            onNoteAdded={() => {
              setFlash('Note added.');
              refetch();
            }}
          />
        </div>
        <aside className="detail-grid__aside" aria-label="Return facts">
          <LabelPanel rma={rma} />
          <OrderPanel rma={rma} order={order} />
          <PolicyPanel rma={rma} />
          <SlaPanel rma={rma} />
        </aside>
      </div>

      {openAction === 'authorize' && (
        <AuthorizeDialog
          {...dialogProps}
          rules={{
            overrideRequired: !rma.policyVerdict.withinWindow && !rma.policyVerdict.overrideReason,
            minLength,
          }}
        />
      )}
      {openAction === 'reject' && <RejectDialog {...dialogProps} />}
      {openAction === 'cancel' && <CancelDialog {...dialogProps} />}
      {openAction === 'issue-label' && <IssueLabelDialog {...dialogProps} />}
      {openAction === 'receive' && <ReceiveDialog {...dialogProps} />}
      {openAction === 'complete-inspection' && <CompleteInspectionDialog {...dialogProps} />}
      {openAction === 'resolve' && <ResolveDialog {...dialogProps} />}
      {openAction === 'create-refund' && <CreateRefundDialog {...dialogProps} />}
      {inspectedLine !== undefined && (
        <InspectLineDialog
          key={inspectedLine.id}
          {...dialogProps}
          line={inspectedLine}
          orderLine={orderLines.get(inspectedLine.orderLineId)}
        />
      )}
    </>
  );
}

export function ReturnDetailView() {
  const { returnId = '' } = useParams();
  const [search] = useSearchParams();
  const params = readReturnDetailParams(search);
  const result = useTypedQuery({ query: returnDetailQuery, variables: { id: returnId } });

  return foldQuery(result, {
    fetching: () => (
      <>
        <PageHeader
          title="Return"
          back={{ label: 'Returns', url: backToListUrl(returnId, search) }}
        />
        <section className="panel">
          <LoadingState label="Loading the return…" rows={6} />
        </section>
      </>
    ),
    error: (error, retry, retrying) => (
      <>
        <PageHeader
          title="Return"
          back={{ label: 'Returns', url: backToListUrl(returnId, search) }}
        />
        <ApiErrorNotice
          title="Couldn't load this return"
          error={error}
          onRetry={retry}
          retrying={retrying}
        />
      </>
    ),
    data: (data, refreshing) =>
      data.return === null || data.return === undefined ? (
        <>
          <PageHeader
            title="Return not found"
            back={{ label: 'Returns', url: backToListUrl(returnId, search) }}
          />
          <section className="panel">
            <EmptyState
              title="No return has this id"
              action={
                <Link
                  className={buttonClassName('quiet', 'small')}
                  to={backToListUrl(returnId, search)}
                >
                  Back to the queue
                </Link>
              }
            >
              It may have been mistyped in the link. Search the queue by RMA number instead.
            </EmptyState>
          </section>
        </>
      ) : (
        <LoadedReturn
          rma={data.return}
          params={params}
          refetch={result.state === 'data' ? result.refetch : () => undefined}
          refreshing={refreshing}
        />
      ),
  });
}
