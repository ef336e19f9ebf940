import { encodeCursor, pageSize, toPage } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { cursorKeys, cursorScope } from '../catalog/cursor-scope';
import type {
  AmazonImportRunConnection,
  AmazonImportRunType,
  AmazonReturnToReviewConnection,
  AmazonReturnToReviewType,
} from './amazon-import-run.type';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface RunRow extends Omit<AmazonImportRunType, 'counts'> {
  counts: Partial<AmazonImportRunType['counts']>;
}

/** A run's stored counts, with zero for any it did not record (a run that failed early). */
function countsOf(stored: RunRow['counts']): AmazonImportRunType['counts'] {
  return {
    rowsRead: stored.rowsRead ?? 0,
    returnsCreated: stored.returnsCreated ?? 0,
    linesAdded: stored.linesAdded ?? 0,
    rowsUpdated: stored.rowsUpdated ?? 0,
    rowsUnchanged: stored.rowsUnchanged ?? 0,
    rowsRefused: stored.rowsRefused ?? 0,
    rowsFlagged: stored.rowsFlagged ?? 0,
    ordersCreated: stored.ordersCreated ?? 0,
  };
}

/** Import runs, newest first (keyset on started_at, id). */
export async function listImportRuns(
  ctx: RequestContext,
  args: PageArgs,
): Promise<AmazonImportRunConnection> {
  const size = pageSize(args.first);
  const scope = cursorScope('amazonImportRuns', 'STARTED_AT_DESC', null);
  const params: unknown[] = [];
  let where = '';
  if (args.after !== null && args.after !== undefined) {
    const [startedAt, id] = cursorKeys(scope, args.after, ['text', 'id']);
    params.push(startedAt, id);
    where = 'WHERE (started_at, id) < ($1::timestamptz, $2::uuid)';
  }
  params.push(size + 1);
  const rows: RunRow[] = await ctx.dataSource.query(
    `SELECT id, kind, file_name AS "fileName", source, imported_by_id AS "importedById", status,
            started_at AS "startedAt", finished_at AS "finishedAt", counts, problems, failure
     FROM amazon_import_runs ${where}
     ORDER BY started_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const runs: AmazonImportRunType[] = rows.map((row) => ({
    ...row,
    counts: countsOf(row.counts),
  }));
  return toPage(runs, size, (run) => encodeCursor(scope, [run.startedAt.toISOString(), run.id]));
}

/** Return lines imported with an unmapped reason, by RMA number then SKU. */
export async function listReturnsToReview(
  ctx: RequestContext,
  args: PageArgs,
): Promise<AmazonReturnToReviewConnection> {
  const size = pageSize(args.first);
  const scope = cursorScope('amazonReturnsToReview', 'RMA_ASC', null);
  const params: unknown[] = [];
  let where = '';
  if (args.after !== null && args.after !== undefined) {
    const [rma, sku] = cursorKeys(scope, args.after, ['text', 'text']);
    params.push(rma, sku);
    where = 'AND (r.rma_number, ar.sku_code) > ($1, $2)';
  }
  params.push(size + 1);
  const rows: AmazonReturnToReviewType[] = await ctx.dataSource.query(
    `SELECT ar.return_id AS "returnId", ar.return_line_id AS "returnLineId", r.status AS "returnStatus",
            r.rma_number AS "rmaNumber", ar.kind, ar.return_key AS "returnKey",
            ar.sku_code AS "skuCode", ar.reason_text AS "reportReason", rl.reason_code AS "provisionalReasonCode"
     FROM amazon_report_rows ar
     JOIN returns r ON r.id = ar.return_id
     JOIN return_lines rl ON rl.id = ar.return_line_id
     WHERE ar.needs_review ${where}
     ORDER BY r.rma_number, ar.sku_code LIMIT $${params.length}`,
    params,
  );
  return toPage(rows, size, (row) => encodeCursor(scope, [row.rmaNumber, row.skuCode]));
}
