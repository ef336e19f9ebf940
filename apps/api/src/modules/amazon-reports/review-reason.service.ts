import { REASON_CATALOGUE, RETURN_STATUSES, type ReturnStatus } from '@rebound/domain';
import { AppError, conflict, notFound } from '../../common/errors/app-error';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { loadReturnForUpdate, recordReturnStep } from '../returns/return-transition';
import { foldReasonText } from './reason-mapping';
import { REPORT_SOURCE } from './report-steps';
import type {
  ReviewAmazonReturnReasonInput,
  ReviewAmazonReturnReasonPayload,
} from './review-reason.types';

/** The timeline entry of a review. */
export const REASON_REVIEWED = 'reasonReviewed';

/** Statuses after which a line's reason is history (money moved, the return closed). */
const SETTLED: ReadonlySet<ReturnStatus> = new Set(['COMPLETED']);

interface FlaggedRow {
  kind: string;
  return_key: string;
  sku_code: string;
  return_id: string;
  reason_text: string;
  needs_review: boolean;
  line_reason_code: string;
}

/** The return is refunded or completed: its reasons decided money that has moved. */
async function refuseIfSettled(
  tx: TransactionContext,
  rma: { id: string; rmaNumber: string; status: ReturnStatus },
): Promise<void> {
  const refunded: unknown[] = await tx.manager.query(
    "SELECT 1 FROM refunds WHERE return_id = $1 AND status = 'ISSUED' LIMIT 1",
    [rma.id],
  );
  if (!SETTLED.has(rma.status) && refunded.length === 0) return;
  throw new AppError(
    'INVALID_TRANSITION',
    `Cannot review the reason of return ${rma.rmaNumber}: it is ${refunded.length > 0 ? 'already refunded' : rma.status}, and a reason is only reviewed before the return is refunded or completed`,
    {
      from: rma.status,
      event: 'reviewReason',
      to: null,
      allowedFrom: RETURN_STATUSES.filter((status) => !SETTLED.has(status)),
    },
  );
}

/**
 * Ends the review of a return line imported with an unmapped Amazon reason: the line takes the
 * real reason code, the report row loses its flag, the return's timeline says who chose what,
 * and, when asked, the report text → code mapping is remembered for later imports.
 */
export async function reviewAmazonReturnReason(
  tx: TransactionContext,
  input: ReviewAmazonReturnReasonInput,
): Promise<MutationOutcome<ReviewAmazonReturnReasonPayload>> {
  const [row]: FlaggedRow[] = await tx.manager.query(
    `SELECT ar.kind, ar.return_key, ar.sku_code, ar.return_id, ar.reason_text, ar.needs_review,
            rl.reason_code AS line_reason_code
     FROM amazon_report_rows ar JOIN return_lines rl ON rl.id = ar.return_line_id
     WHERE ar.return_line_id = $1`,
    [input.returnLineId],
  );
  if (row === undefined) throw notFound('Imported return line', input.returnLineId);
  const rma = await loadReturnForUpdate(tx, row.return_id);
  if (!row.needs_review) {
    throw conflict(
      `Return line ${input.returnLineId} of ${rma.rmaNumber} is not flagged for review: its reason was mapped on import or already reviewed`,
    );
  }
  await refuseIfSettled(tx, rma);
  await tx.manager.query('UPDATE return_lines SET reason_code = $2 WHERE id = $1', [
    input.returnLineId,
    input.reasonCode,
  ]);
  await tx.manager.query(
    `UPDATE amazon_report_rows SET reason_code = $4, needs_review = false, review_reason = NULL
     WHERE kind = $1 AND return_key = $2 AND sku_code = $3`,
    [row.kind, row.return_key, row.sku_code, input.reasonCode],
  );
  const remember = input.rememberMapping === true;
  if (remember) {
    await tx.manager.query(
      `INSERT INTO amazon_reason_mappings (folded_text, reason_text, reason_code, created_by_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (folded_text) DO UPDATE
       SET reason_text = EXCLUDED.reason_text, reason_code = EXCLUDED.reason_code,
           created_by_id = EXCLUDED.created_by_id, created_at = now()`,
      [foldReasonText(row.reason_text), row.reason_text, input.reasonCode, tx.user.id],
    );
  }
  await recordReturnStep(tx, rma, REASON_REVIEWED, {
    source: REPORT_SOURCE,
    skuCode: row.sku_code,
    reportReason: row.reason_text,
    provisionalReasonCode: row.line_reason_code,
    reasonCode: input.reasonCode,
    fault: REASON_CATALOGUE[input.reasonCode].fault,
    mappingRemembered: remember,
  });
  return {
    result: {
      returnId: rma.id,
      rmaNumber: rma.rmaNumber,
      returnLineId: input.returnLineId,
      reportReason: row.reason_text,
      reasonCode: input.reasonCode,
      mappingRemembered: remember,
    },
    targetId: rma.id,
    before: {
      returnLineId: input.returnLineId,
      reasonCode: row.line_reason_code,
      needsReview: true,
    },
    after: {
      returnLineId: input.returnLineId,
      reasonCode: input.reasonCode,
      needsReview: false,
      mappingRemembered: remember,
    },
  };
}
