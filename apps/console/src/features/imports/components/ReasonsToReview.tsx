import { useState } from 'react';
import { Link } from 'react-router';
import { foldQuery } from '../../../lib/graphql/query-result';
import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { useTypedQuery } from '../../../lib/graphql/use-typed-query';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { Button } from '../../../lib/ui/Button';
import { DataTable, type DataTableColumn } from '../../../lib/ui/DataTable';
import { Panel } from '../../../lib/ui/Layout';
import { EmptyState, LoadingState, SuccessNotice } from '../../../lib/ui/States';
import { ReturnStatusBadge } from '../../returns/components/ReturnBadges';
import type { ReturnStatus } from '../../returns/return-status';
import { returnUrl } from '../../returns/urls';
import { amazonReturnsToReviewQuery, reviewAmazonReturnReasonMutation } from '../operations';
import { toReviewReasonInput } from '../review-reason-form';
import { reasonLabel } from '../../returns/return-labels';
import { ReviewReasonDialog, type FlaggedLine } from './ReviewReasonDialog';

/** Lines shown at once: the oldest flagged lines by RMA number. */
const SHOWN = 100;

interface ToReviewRow extends FlaggedLine {
  readonly returnId: string;
  readonly returnStatus: ReturnStatus;
  readonly kind: string;
  readonly returnKey: string;
}

/** Review is refused once the return is completed; a refunded one the API refuses, saying so. */
const reviewable = (row: ToReviewRow): boolean => row.returnStatus !== 'COMPLETED';

function columns(choose: (row: ToReviewRow) => void): readonly DataTableColumn<ToReviewRow>[] {
  return [
    {
      id: 'rma',
      header: 'Return',
      rowHeader: true,
      cell: (row) => <Link to={returnUrl(row.returnId)}>{row.rmaNumber}</Link>,
      width: '9rem',
    },
    { id: 'sku', header: 'SKU', cell: (row) => row.skuCode, width: '10rem' },
    { id: 'report', header: 'Amazon says', cell: (row) => row.reportReason },
    {
      id: 'status',
      header: 'Status',
      cell: (row) => <ReturnStatusBadge status={row.returnStatus} />,
      width: '10rem',
    },
    {
      id: 'action',
      header: 'Action',
      align: 'end',
      width: '10rem',
      cell: (row) =>
        reviewable(row) ? (
          <Button
            variant="quiet"
            size="small"
            onClick={() => {
              choose(row);
            }}
          >
            Choose reason
          </Button>
        ) : (
          'Closed'
        ),
    },
  ];
}

/**
 * Lines imported from Amazon reports with a reason the catalogue does not know: they carry a
 * provisional reason until someone chooses the real one here. Mounted anew (a new `key`) after
 * an import, it reads the list again.
 */
export function ReasonsToReview() {
  const toReview = useTypedQuery({
    query: amazonReturnsToReviewQuery,
    variables: { first: SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const review = useTypedMutation(reviewAmazonReturnReasonMutation);
  const [choosing, setChoosing] = useState<ToReviewRow | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Panel title="Reasons to review" flush>
      {saved !== null && <SuccessNotice>{saved}</SuccessNotice>}
      {choosing !== null && (
        <ReviewReasonDialog
          key={choosing.returnLineId}
          line={choosing}
          sending={review.sending}
          onClose={() => {
            setChoosing(null);
          }}
          onSubmit={async (values) => {
            const input = toReviewReasonInput(choosing.returnLineId, values);
            if (input === null) return null;
            const outcome = await review.run({ input });
            if (!outcome.ok) return outcome.error;
            const done = outcome.data.reviewAmazonReturnReason;
            setSaved(
              `${done.rmaNumber}: reason set to ${reasonLabel(done.reasonCode)}${done.mappingRemembered ? `; later imports map "${done.reportReason}" to it` : ''}.`,
            );
            setChoosing(null);
            if (toReview.state === 'data') toReview.refetch();
            return null;
          }}
        />
      )}
      {foldQuery(toReview, {
        fetching: () => <LoadingState label="Loading reasons to review…" rows={3} />,
        error: (error, retry, retrying) => (
          <ApiErrorNotice
            title="Couldn't load the reasons to review"
            error={error}
            onRetry={retry}
            retrying={retrying}
          />
        ),
        data: (data, refreshing) => {
          const { nodes, pageInfo } = data.amazonReturnsToReview;
          if (nodes.length === 0) {
            return (
              <EmptyState title="Nothing to review">
                Every imported return line has a reason from the catalogue.
              </EmptyState>
            );
          }
          return (
            <>
              {pageInfo.hasNextPage && (
                <p className="muted">The first {SHOWN} lines, by RMA number.</p>
              )}
              <DataTable
                caption="Imported return lines whose Amazon reason is not in the catalogue"
                columns={columns(setChoosing)}
                rows={nodes}
                rowKey={(row) => row.returnLineId}
                refreshing={refreshing}
              />
            </>
          );
        },
      })}
    </Panel>
  );
}
