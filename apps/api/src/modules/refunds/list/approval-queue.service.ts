import { checkApprover, isOverdue } from '@rebound/domain';
import { pageSize, toPage } from '../../../common/pagination';
import type { RequestContext } from '../../../context';
import { loadRefundViews } from '../refund-view';
import type { ApprovalQueueConnection, ApprovalQueueItem } from './refund-connection.type';
import { decodeRefundCursor, encodeRefundCursor, instantKeySql } from './refund-keyset';

const QUEUE_SORT = 'APPROVAL_QUEUE';
const HOUR_MS = 3_600_000;

interface QueueRow {
  id: string;
  sort_key: string;
  submitted_by_id: string;
  submitted_at: Date;
  received_at: Date | null;
  refund_due_at: Date | null;
  completed_at: Date | null;
}

function queueItem(
  ctx: RequestContext,
  row: QueueRow,
  refund: ApprovalQueueItem['refund'],
  now: Date,
): ApprovalQueueItem {
  const refundOverdue =
    row.received_at !== null &&
    row.refund_due_at !== null &&
    isOverdue(
      {
        kind: 'REFUND',
        startedAt: row.received_at,
        dueAt: row.refund_due_at,
        stoppedAt: row.completed_at,
      },
      now,
    );
  return {
    refund,
    canApprove: ctx.actor !== null && checkApprover(ctx.actor, row.submitted_by_id).ok,
    waitingSince: row.submitted_at,
    waitingHours: Math.max(0, Math.floor((now.getTime() - row.submitted_at.getTime()) / HOUR_MS)),
    refundDueAt: row.refund_due_at,
    refundOverdue,
  };
}

/**
 * The refunds waiting for approval, the longest waiting first (submitted_at, then id), with
 * whether the viewer may approve each and how long it has waited. One statement for the page
 * plus the three of `loadRefundViews`.
 */
export async function approvalQueue(
  ctx: RequestContext,
  args: { first: number | null | undefined; after: string | null | undefined },
): Promise<ApprovalQueueConnection> {
  const size = pageSize(args.first);
  const after =
    args.after === null || args.after === undefined
      ? null
      : decodeRefundCursor(QUEUE_SORT, args.after);
  const rows = await ctx.dataSource.manager.query<QueueRow[]>(
    `SELECT r.id, ${instantKeySql('r.submitted_at')} AS sort_key, r.submitted_by_id, r.submitted_at,
            ret.received_at, ret.refund_due_at, ret.completed_at
     FROM refunds r JOIN returns ret ON ret.id = r.return_id
     WHERE r.status = 'PENDING_APPROVAL'
       ${after === null ? '' : 'AND (r.submitted_at, r.id) > ($2::timestamptz, $3::uuid)'}
     ORDER BY r.submitted_at ASC, r.id ASC LIMIT $1`,
    after === null ? [size + 1] : [size + 1, after.key, after.id],
  );
  const page = toPage(rows, size, (row) =>
    encodeRefundCursor(QUEUE_SORT, { key: row.sort_key, id: row.id }),
  );
  const views = await loadRefundViews(
    ctx.dataSource.manager,
    page.nodes.map((row) => row.id),
  );
  const byId = new Map(views.map((view) => [view.id, view]));
  const now = new Date();
  const edges = page.edges.flatMap((edge) => {
    const refund = byId.get(edge.node.id);
    return refund === undefined
      ? []
      : [{ node: queueItem(ctx, edge.node, refund, now), cursor: edge.cursor }];
  });
  return { edges, nodes: edges.map((edge) => edge.node), pageInfo: page.pageInfo };
}
