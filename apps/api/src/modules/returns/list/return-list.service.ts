import { pageSize, toPage } from '../../../common/pagination';
import type { RequestContext } from '../../../context';
import { attachPageLines, attachTotalCount } from './page-lazy-loads';
import type { ReturnConnection } from './return-connection.type';
import { decodeReturnCursor, encodeReturnCursor } from './return-cursor';
import { checkReturnFilter } from './return-filter.check';
import type { ReturnFilter } from './return-filter.input';
import { returnSort, type ReturnOrder } from './return-order';
import { countReturns, fetchReturnPage, type ReturnPageRow } from './return-page.query';
import { summarizeSla } from './return-summary-sla';
import type { ReturnSummary } from './return-summary.type';

export interface ReturnListArgs {
  first: number | null | undefined;
  after: string | null | undefined;
  filter: ReturnFilter | null | undefined;
  orderBy: ReturnOrder;
}

function toSummary(row: ReturnPageRow, now: Date): ReturnSummary {
  return {
    id: row.id,
    rmaNumber: row.rma_number,
    status: row.status,
    requestedAt: row.requested_at,
    receivedAt: row.received_at,
    completedAt: row.completed_at,
    updatedAt: row.updated_at,
    returnless: row.returnless,
    resolution: row.resolution,
    order: {
      id: row.order_id,
      channel: row.order_channel,
      externalId: row.order_external_id,
      currency: row.order_currency,
      orderedAt: row.order_ordered_at,
      deliveredAt: row.order_delivered_at,
    },
    customer: { id: row.customer_id, name: row.customer_name, email: row.customer_email },
    label:
      row.label_carrier === null || row.label_tracking_number === null
        ? null
        : { carrier: row.label_carrier, trackingNumber: row.label_tracking_number },
    sla: summarizeSla(
      {
        status: row.status,
        requestedAt: row.requested_at,
        firstResponseAt: row.first_response_at,
        firstResponseDueAt: row.first_response_due_at,
        receivedAt: row.received_at,
        completedAt: row.completed_at,
        refundDueAt: row.refund_due_at,
      },
      now,
    ),
  };
}

/**
 * One page of the returns list. Arguments are checked before any SQL (`first`, then `after`,
 * then `filter`). The page costs one statement; the lines of all its returns one more, only if
 * asked for; `totalCount` one more, only if asked for. SLA flags and the `slaOverdue` filter use
 * the same instant, taken once per call.
 */
export async function listReturns(
  ctx: RequestContext,
  args: ReturnListArgs,
): Promise<ReturnConnection> {
  const size = pageSize(args.first);
  const sort = returnSort(args.orderBy);
  const after =
    args.after === null || args.after === undefined ? null : decodeReturnCursor(sort, args.after);
  const filter = checkReturnFilter(args.filter);
  const now = new Date();
  const rows = await fetchReturnPage(ctx.dataSource, { filter, sort, after, limit: size + 1, now });
  const page = toPage(rows, size, (row) =>
    encodeReturnCursor(sort, { key: row.sort_key, id: row.id }),
  );
  const edges = page.edges.map((edge) => ({
    node: toSummary(edge.node, now),
    cursor: edge.cursor,
  }));
  const nodes = edges.map((edge) => edge.node);
  attachPageLines(ctx.dataSource, nodes);
  const connection: ReturnConnection = { edges, nodes, pageInfo: page.pageInfo };
  attachTotalCount(connection, () => countReturns(ctx.dataSource, filter, now));
  return connection;
}
