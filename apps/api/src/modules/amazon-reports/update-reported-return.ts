import { loadReturn, recordReturnStep, transitionReturn } from '../returns/return-transition';
import type { ReturnEntity } from '../returns/return.entity';
import { nonEmpty, type BatchScope } from './import-batch';
import { UNMAPPED_REASON_PLACEHOLDER } from './reason-mapping';
import { ensureReportLabel } from './report-label';
import type { KnownReturn } from './report-lookups';
import type { ReturnReportRow } from './report-row';
import { planSteps, reportDecline, REPORT_SOURCE, type ReportStep } from './report-steps';
import { remainingPath } from './report-status';

// Once inspected, the warehouse's findings rule the line; a later report no longer rewrites it.
const LINE_EDITABLE = new Set([
  'REQUESTED',
  'AUTHORIZED',
  'LABEL_ISSUED',
  'IN_TRANSIT',
  'RECEIVED',
]);

async function fire(
  scope: BatchScope,
  rma: ReturnEntity,
  step: ReportStep,
  row: ReturnReportRow,
): Promise<ReturnEntity> {
  const changes = {
    ...step.changes,
    ...(step.changes.firstResponseAt === undefined
      ? {}
      : { firstResponseAt: rma.firstResponseAt ?? step.changes.firstResponseAt }),
  };
  return step.event === 'reject'
    ? transitionReturn(scope.tx, rma, 'reject', changes, step.details, reportDecline(row))
    : transitionReturn(
        scope.tx,
        rma,
        step.event as 'authorize' | 'issueLabel' | 'receive' | 'cancel' | 'scan',
        changes,
        step.details,
      );
}

/**
 * A known row came back changed (a later, overlapping report): the line takes the new quantity,
 * reason and comment while the return is not inspected, and the return moves forward through
 * `transitionReturn` when the report's status is further along its path. A return Rebound has
 * taken further (or elsewhere) keeps its status. The machine is asked before anything is written.
 */
export async function applyRowUpdate(
  scope: BatchScope,
  row: ReturnReportRow,
  known: KnownReturn,
  returnLineId: string,
  orderedQuantity: number,
  currency: string,
): Promise<void> {
  const { tx } = scope;
  let rma = await loadReturn(tx, known.returnId);
  const path = remainingPath(rma.status, row.target) ?? [];
  const steps = planSteps(rma.status, path, tx.actor, row);
  if (LINE_EDITABLE.has(rma.status)) {
    await tx.manager.query(
      `UPDATE return_lines SET quantity = $2, reason_code = $3, customer_comment = $4
       WHERE id = $1 AND (quantity, reason_code, customer_comment) IS DISTINCT FROM ($2, $3, $4)`,
      [
        returnLineId,
        Math.min(row.quantity, orderedQuantity),
        row.reasonCode ?? UNMAPPED_REASON_PLACEHOLDER,
        row.comment,
      ],
    );
  }
  for (const step of steps) rma = await fire(scope, rma, step, row);
  if (row.label !== null) {
    await ensureReportLabel(
      tx,
      { id: rma.id, status: rma.status, currency },
      row.label,
      row.requestedAt,
    );
  }
  if (row.reasonCode === null) {
    await recordReturnStep(tx, rma, 'reasonNeedsReview', {
      source: REPORT_SOURCE,
      reportReason: row.reasonText,
      provisionalReasonCode: UNMAPPED_REASON_PLACEHOLDER,
      skuCode: row.skuCode,
    });
  }
  const unmapped = row.reasonCode === null;
  await tx.manager.query(
    `UPDATE amazon_report_rows
     SET row_hash = $4, report_status = $5, reason_text = $6, reason_code = $7, needs_review = $8,
         review_reason = $9, fields = $10::jsonb, extra = $11::jsonb, import_run_id = $12
     WHERE kind = $1 AND return_key = $2 AND sku_code = $3`,
    [
      scope.kind,
      row.returnKey,
      row.skuCode,
      row.rowHash,
      row.reportStatus,
      row.reasonText,
      row.reasonCode,
      unmapped,
      unmapped ? `the reason "${row.reasonText}" is not in the reason catalogue` : null,
      JSON.stringify(nonEmpty(row.fields)),
      JSON.stringify(row.extra),
      scope.runId,
    ],
  );
}
