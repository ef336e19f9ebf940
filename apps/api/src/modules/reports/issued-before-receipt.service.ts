import { AppError } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { SqlParams } from '../returns/list/sql-params';
import type { RefundIssuedBeforeReceiptConnection } from './issued-before-receipt.type';
import { rangeProblems, refuseInput } from './refund-scope';

export interface IssuedBeforeReceiptRequest {
  first: number | null;
  after: string | null;
  from: Date | null;
  to: Date | null;
}

interface IssuedRow {
  refund_id: string;
  sort_key: string;
  return_id: string;
  rma_number: string;
  amount: number;
  currency: string;
  issued_at: Date;
  received_at: Date | null;
  returnless: boolean;
}

const SORT = 'issued_at_desc';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The exact text the statement produces: microseconds in UTC, so no instant is rounded away.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function decodeAfter(after: string): { key: string; id: string } {
  const [key, id, ...rest] = decodeCursor(SORT, after);
  if (
    typeof key === 'string' &&
    typeof id === 'string' &&
    rest.length === 0 &&
    INSTANT.test(key) &&
    UUID.test(id)
  ) {
    return { key, id };
  }
  throw new AppError('BAD_USER_INPUT', 'The cursor is not valid for this list and sort order', {
    fields: [{ path: 'after', problems: ['not a cursor of this list and sort order'] }],
  });
}

/**
 * Issued refunds whose return was not received at issue time (received later, or never), newest
 * issue first, paged with a keyset on (issued_at, id). `from`/`to` bound the issue instant.
 */
export async function refundsIssuedBeforeReceipt(
  ctx: RequestContext,
  request: IssuedBeforeReceiptRequest,
): Promise<RefundIssuedBeforeReceiptConnection> {
  const size = pageSize(request.first);
  if (request.from !== null && request.to !== null) {
    const problems = rangeProblems(request.from, request.to, '');
    if (problems.length > 0) throw refuseInput(problems);
  }
  const params = new SqlParams();
  const conditions = [
    "r.status = 'ISSUED'",
    'r.issued_at IS NOT NULL',
    '(ret.received_at IS NULL OR r.issued_at < ret.received_at)',
  ];
  if (request.from !== null) conditions.push(`r.issued_at >= ${params.add(request.from)}`);
  if (request.to !== null) conditions.push(`r.issued_at < ${params.add(request.to)}`);
  if (request.after !== null) {
    const keyset = decodeAfter(request.after);
    conditions.push(
      `(r.issued_at, r.id) < (${params.add(keyset.key)}::timestamptz, ${params.add(keyset.id)}::uuid)`,
    );
  }
  const rows = await ctx.dataSource.query<IssuedRow[]>(
    `SELECT r.id AS refund_id,
       to_char(r.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key,
       r.return_id, ret.rma_number, r.total_minor AS amount, r.currency, r.issued_at,
       ret.received_at, r.returnless
     FROM refunds r JOIN returns ret ON ret.id = r.return_id
     WHERE ${conditions.join(' AND ')}
     ORDER BY r.issued_at DESC, r.id DESC
     LIMIT ${params.add(size + 1)}`,
    params.values,
  );
  const page = toPage(rows, size, (row) => encodeCursor(SORT, [row.sort_key, row.refund_id]));
  const nodeOf = (row: IssuedRow) => ({
    refundId: row.refund_id,
    returnId: row.return_id,
    rmaNumber: row.rma_number,
    amount: row.amount,
    currency: row.currency,
    issuedAt: row.issued_at,
    receivedAt: row.received_at,
    returnless: row.returnless,
  });
  return {
    edges: page.edges.map((edge) => ({ node: nodeOf(edge.node), cursor: edge.cursor })),
    nodes: page.nodes.map(nodeOf),
    pageInfo: page.pageInfo,
  };
}
