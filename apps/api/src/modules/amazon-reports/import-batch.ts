import { randomUUID } from 'node:crypto';
import { DEFAULT_RETURN_POLICY, firstResponseClock, type ReturnStatus } from '@rebound/domain';
import type { JsonObject } from '../../common/json';
import type { TransactionContext } from '../../context';
import { upsertCustomer } from '../orders/order-customer';
import type { StoredPolicyVerdict } from '../returns/policy-verdict';
import type { AmazonReportKind } from './amazon-import-run.entity';
import { bulkInsert, type BulkValue } from './bulk-insert';
import { UNMAPPED_REASON_PLACEHOLDER } from './reason-mapping';
import {
  ensureReportLabel,
  LABEL_COLUMNS,
  labelLocation,
  labelPayer,
  labelValues,
} from './report-label';
import { lookUpBatch, lookUpLocations, type KnownSku, type LabelLocation } from './report-lookups';
import type { ReturnReportRow } from './report-row';
import {
  col,
  isOutcome,
  labelRefusal,
  orderLinePlan,
  refused,
  skuOf,
  withDecidedReason,
  type LinePlan,
  type RowOutcome,
} from './row-checks';
import { planSteps, REPORT_SOURCE, StepRefused, type ReportStep } from './report-steps';
import { remainingPath } from './report-status';
import { applyRowUpdate } from './update-reported-return';

export type { RowOutcome } from './row-checks';

/** Who a report-created order belongs to: the reports carry no customer. */
export const REPORT_CUSTOMER = {
  email: 'amazon-returns-report@customers.rebound.invalid',
  name: 'Amazon customer (from a returns report)',
};

/** Where a batch runs: the transaction, the report kind, the channel and the run recording it. */
export interface BatchScope {
  tx: TransactionContext;
  kind: AmazonReportKind;
  channel: string;
  runId: string;
}

/** The writes of a batch, gathered while rows are decided and sent in a few statements. */
class BatchWrites {
  readonly orders: BulkValue[][] = [];
  readonly reportOrders: BulkValue[][] = [];
  readonly orderLines: BulkValue[][] = [];
  readonly returns: BulkValue[][] = [];
  readonly returnLines: BulkValue[][] = [];
  readonly events: BulkValue[][] = [];
  readonly reportRows: BulkValue[][] = [];
  readonly labels: BulkValue[][] = [];
  /** Returns created in this batch that still need an RMA number: index into `returns`. */
  readonly pendingRmas: number[] = [];
}

function reportRowValues(
  scope: BatchScope,
  row: ReturnReportRow,
  returnId: string,
  returnLineId: string,
): BulkValue[] {
  const unmapped = row.reasonCode === null;
  return [
    scope.kind,
    row.returnKey,
    row.skuCode,
    returnId,
    returnLineId,
    row.rowHash,
    row.reportStatus,
    row.reasonText,
    row.reasonCode,
    unmapped,
    unmapped ? `the reason "${row.reasonText}" is not in the reason catalogue` : null,
    JSON.stringify(nonEmpty(row.fields)),
    JSON.stringify(row.extra),
    scope.runId,
  ];
}

/** The columns that hold a value: an empty cell and an absent column read the same. */
export function nonEmpty(fields: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [column, value] of Object.entries(fields)) if (value !== '') kept[column] = value;
  return kept;
}

function policyVerdictOf(
  row: ReturnReportRow,
  orderLineId: string,
  orderedQuantity: number,
): StoredPolicyVerdict {
  const lastDay = new Date(
    (row.orderedAt ?? row.requestedAt).getTime() + DEFAULT_RETURN_POLICY.windowDays * 86_400_000,
  );
  return {
    checkedAt: row.requestedAt.toISOString(),
    withinWindow: row.inPolicy,
    acceptedByOverride: false,
    lines: [
      {
        orderLineId,
        quantity: row.quantity,
        returnableQuantity: orderedQuantity,
        withinWindow: row.inPolicy,
        windowDays: DEFAULT_RETURN_POLICY.windowDays,
        lastDay: lastDay.toISOString().slice(0, 10),
        holidayExtended: false,
      },
    ],
  };
}

function eventValues(
  returnId: string,
  kind: string,
  from: ReturnStatus | null,
  to: ReturnStatus | null,
  actorId: string,
  details: JsonObject,
  occurredAt: Date,
): BulkValue[] {
  return [randomUUID(), returnId, kind, from, to, actorId, JSON.stringify(details), occurredAt];
}

function addReturnLine(
  writes: BatchWrites,
  scope: BatchScope,
  row: ReturnReportRow,
  returnId: string,
  orderLineId: string,
): void {
  const returnLineId = randomUUID();
  writes.returnLines.push([
    returnLineId,
    returnId,
    orderLineId,
    row.quantity,
    row.reasonCode ?? UNMAPPED_REASON_PLACEHOLDER,
    row.comment,
  ]);
  writes.reportRows.push(reportRowValues(scope, row, returnId, returnLineId));
  if (row.reasonCode === null) {
    writes.events.push(
      eventValues(
        returnId,
        'reasonNeedsReview',
        null,
        null,
        scope.tx.user.id,
        {
          source: REPORT_SOURCE,
          reportReason: row.reasonText,
          provisionalReasonCode: UNMAPPED_REASON_PLACEHOLDER,
          skuCode: row.skuCode,
        },
        row.requestedAt,
      ),
    );
  }
}

function addNewReturn(
  writes: BatchWrites,
  scope: BatchScope,
  row: ReturnReportRow,
  line: LinePlan,
  steps: readonly ReportStep[],
): string {
  const returnId = randomUUID();
  const changes = Object.assign({}, ...steps.map((step) => step.changes)) as ReportStep['changes'];
  const status = steps.at(-1)?.to ?? 'REQUESTED';
  writes.pendingRmas.push(writes.returns.length);
  writes.returns.push([
    returnId,
    null,
    line.orderId,
    status,
    row.requestedAt,
    JSON.stringify(policyVerdictOf(row, line.orderLineId, line.orderedQuantity)),
    firstResponseClock(row.requestedAt).dueAt,
    1 + steps.length,
    scope.tx.user.id,
    changes.firstResponseAt ?? null,
    changes.authorizedAt ?? null,
    changes.receivedAt ?? null,
    changes.refundDueAt ?? null,
    changes.completedAt ?? null,
    changes.declineReason ?? null,
  ]);
  const userId = scope.tx.user.id;
  writes.events.push(
    eventValues(
      returnId,
      'request',
      null,
      'REQUESTED',
      userId,
      {
        source: REPORT_SOURCE,
        report: row.kind,
        returnKey: row.returnKey,
        reportStatus: row.reportStatus,
        withinWindow: row.inPolicy,
      },
      row.requestedAt,
    ),
  );
  for (const step of steps) {
    writes.events.push(
      eventValues(returnId, step.event, step.from, step.to, userId, step.details, step.occurredAt),
    );
  }
  addReturnLine(writes, scope, row, returnId, line.orderLineId);
  return returnId;
}

function addOrderWrites(
  writes: BatchWrites,
  scope: BatchScope,
  row: ReturnReportRow,
  sku: KnownSku,
  currency: string,
  line: LinePlan,
  customerId: string,
): void {
  if (line.kind === 'existing') return;
  if (line.kind === 'newOrder') {
    writes.orders.push([
      line.orderId,
      scope.channel,
      row.orderExternalId,
      customerId,
      currency,
      row.orderedAt ?? row.requestedAt,
    ]);
    writes.reportOrders.push([line.orderId, scope.kind, scope.runId]);
  }
  // Order Amount is what the line cost in all: the unit price is its whole share per unit and
  // the remainder is booked as tax, so that unit price × quantity + tax is the amount exactly.
  const total = row.orderAmount ?? sku.priceMinor * line.orderedQuantity;
  const unitPrice = Math.floor(total / line.orderedQuantity);
  writes.orderLines.push([
    line.orderLineId,
    line.orderId,
    line.kind === 'newLine' ? line.lineNo : 1,
    sku.id,
    line.orderedQuantity,
    unitPrice,
    total - unitPrice * line.orderedQuantity,
    0,
  ]);
}

async function flush(scope: BatchScope, writes: BatchWrites): Promise<void> {
  const { manager } = scope.tx;
  if (writes.pendingRmas.length > 0) {
    const numbers = await manager.query<{ rma: string }[]>(
      `SELECT 'RMA-' || lpad(nextval('rma_number_seq')::text, 6, '0') AS rma FROM generate_series(1, $1::int)`,
      [writes.pendingRmas.length],
    );
    writes.pendingRmas.forEach((index, position) => {
      const target = writes.returns[index];
      const rma = numbers[position]?.rma;
      if (target === undefined || rma === undefined)
        throw new Error('rma_number_seq gave no value');
      target[1] = rma;
    });
  }
  await bulkInsert(
    manager,
    'orders',
    [
      { name: 'id', type: 'uuid' },
      { name: 'channel', type: 'text' },
      { name: 'external_id', type: 'text' },
      { name: 'customer_id', type: 'uuid' },
      { name: 'currency', type: 'char(3)' },
      { name: 'ordered_at', type: 'timestamptz' },
    ],
    writes.orders,
  );
  await bulkInsert(
    manager,
    'amazon_report_orders',
    [
      { name: 'order_id', type: 'uuid' },
      { name: 'kind', type: 'text' },
      { name: 'import_run_id', type: 'uuid' },
    ],
    writes.reportOrders,
  );
  await bulkInsert(
    manager,
    'order_lines',
    [
      { name: 'id', type: 'uuid' },
      { name: 'order_id', type: 'uuid' },
      { name: 'line_no', type: 'int' },
      { name: 'sku_id', type: 'uuid' },
      { name: 'quantity', type: 'int' },
      { name: 'unit_price_minor', type: 'bigint' },
      { name: 'tax_minor', type: 'bigint' },
      { name: 'shipping_minor', type: 'bigint' },
    ],
    writes.orderLines,
  );
  await bulkInsert(
    manager,
    'returns',
    [
      { name: 'id', type: 'uuid' },
      { name: 'rma_number', type: 'text' },
      { name: 'order_id', type: 'uuid' },
      { name: 'status', type: 'text' },
      { name: 'requested_at', type: 'timestamptz' },
      { name: 'policy_verdict', type: 'jsonb' },
      { name: 'first_response_due_at', type: 'timestamptz' },
      { name: 'version', type: 'int' },
      { name: 'requested_by_id', type: 'uuid' },
      { name: 'first_response_at', type: 'timestamptz' },
      { name: 'authorized_at', type: 'timestamptz' },
      { name: 'received_at', type: 'timestamptz' },
      { name: 'refund_due_at', type: 'timestamptz' },
      { name: 'completed_at', type: 'timestamptz' },
      { name: 'decline_reason', type: 'text' },
    ],
    writes.returns,
  );
  await bulkInsert(manager, 'return_labels', LABEL_COLUMNS, writes.labels);
  await bulkInsert(
    manager,
    'return_lines',
    [
      { name: 'id', type: 'uuid' },
      { name: 'return_id', type: 'uuid' },
      { name: 'order_line_id', type: 'uuid' },
      { name: 'quantity', type: 'int' },
      { name: 'reason_code', type: 'text' },
      { name: 'customer_comment', type: 'text' },
    ],
    writes.returnLines,
  );
  await bulkInsert(
    manager,
    'return_events',
    [
      { name: 'id', type: 'uuid' },
      { name: 'return_id', type: 'uuid' },
      { name: 'kind', type: 'text' },
      { name: 'from_status', type: 'text' },
      { name: 'to_status', type: 'text' },
      { name: 'actor_id', type: 'uuid' },
      { name: 'details', type: 'jsonb' },
      { name: 'occurred_at', type: 'timestamptz' },
    ],
    writes.events,
  );
  await bulkInsert(
    manager,
    'amazon_report_rows',
    [
      { name: 'kind', type: 'text' },
      { name: 'return_key', type: 'text' },
      { name: 'sku_code', type: 'text' },
      { name: 'return_id', type: 'uuid' },
      { name: 'return_line_id', type: 'uuid' },
      { name: 'row_hash', type: 'text' },
      { name: 'report_status', type: 'text' },
      { name: 'reason_text', type: 'text' },
      { name: 'reason_code', type: 'text' },
      { name: 'needs_review', type: 'boolean' },
      { name: 'review_reason', type: 'text' },
      { name: 'fields', type: 'jsonb' },
      { name: 'extra', type: 'jsonb' },
      { name: 'import_run_id', type: 'uuid' },
    ],
    writes.reportRows,
  );
}

/**
 * Applies a batch of rows inside the caller's transaction. Rows are decided first from three
 * look-ups (known report rows, SKUs, orders), every decision going through the return machine;
 * the new orders, returns, lines and timeline entries are then written in a few bulk statements.
 * Changed rows of known returns are applied one by one through `transitionReturn`. The caller
 * guarantees that no two rows of a batch share a return key or an order.
 */
export async function applyBatch(
  scope: BatchScope,
  rows: readonly ReturnReportRow[],
  customerIdCache: { id: string | null },
): Promise<RowOutcome[]> {
  const lookups = await lookUpBatch(scope.tx.manager, scope.kind, scope.channel, rows);
  const writes = new BatchWrites();
  const outcomes: RowOutcome[] = [];
  const trackedInBatch = new Set<string>();
  const labelsOfAddedLines: { returnId: string; row: ReturnReportRow; currency: string }[] = [];
  let locations: LabelLocation[] | null = null;
  for (const reportRow of rows) {
    const known = lookups.returns.get(reportRow.returnKey);
    const knownLine = known?.lines.get(reportRow.skuCode);
    const row = withDecidedReason(reportRow, lookups, knownLine);
    if (knownLine !== undefined && knownLine.rowHash === row.rowHash) {
      // Unchanged writes nothing: the line is flagged exactly as stored (reviewed or not).
      outcomes.push({
        kind: 'unchanged',
        flagged: knownLine.reasonCode === null,
        orderCreated: false,
      });
      continue;
    }
    const sku = skuOf(row, lookups);
    if (isOutcome(sku)) {
      outcomes.push(sku);
      continue;
    }
    const currency = row.currency ?? sku.currency;
    const order = lookups.orders.get(row.orderExternalId);
    if (known !== undefined && order !== undefined && known.orderId !== order.id) {
      outcomes.push(
        refused(
          row,
          col(row, 'Order ID', 'order-id'),
          'contradicts the order this RMA was first imported with',
        ),
      );
      continue;
    }
    const line = orderLinePlan(row, sku, currency, order, known?.returnId);
    if (isOutcome(line)) {
      outcomes.push(line);
      continue;
    }
    if (row.label !== null) locations ??= await lookUpLocations(scope.tx.manager);
    const labelProblem = labelRefusal(
      row,
      lookups,
      locations ?? [],
      known?.returnId,
      trackedInBatch,
    );
    if (labelProblem !== null) {
      outcomes.push(labelProblem);
      continue;
    }
    if (row.label !== null) trackedInBatch.add(row.label.trackingNumber);
    if (knownLine !== undefined && known !== undefined) {
      try {
        await applyRowUpdate(
          scope,
          row,
          known,
          knownLine.returnLineId,
          line.orderedQuantity,
          currency,
        );
        outcomes.push({ kind: 'updated', flagged: row.reasonCode === null, orderCreated: false });
      } catch (error) {
        if (!(error instanceof StepRefused)) throw error;
        outcomes.push(refused(row, col(row, 'Return request status', 'status'), error.message));
      }
      continue;
    }
    let steps: ReportStep[] = [];
    if (known === undefined) {
      try {
        steps = planSteps(
          'REQUESTED',
          remainingPath('REQUESTED', row.target) ?? [],
          scope.tx.actor,
          row,
        );
      } catch (error) {
        if (!(error instanceof StepRefused)) throw error;
        outcomes.push(refused(row, col(row, 'Return request status', 'status'), error.message));
        continue;
      }
    }
    if (line.kind !== 'existing' && customerIdCache.id === null) {
      customerIdCache.id = (await upsertCustomer(scope.tx.manager, REPORT_CUSTOMER)).id;
    }
    addOrderWrites(writes, scope, row, sku, currency, line, customerIdCache.id ?? '');
    if (known === undefined) {
      const returnId = addNewReturn(writes, scope, row, line, steps);
      if (row.label !== null && steps.some((step) => step.event === 'issueLabel')) {
        const returned = [
          { reasonCode: row.reasonCode ?? UNMAPPED_REASON_PLACEHOLDER, supplierId: sku.supplierId },
        ];
        const location = labelLocation(locations ?? [], returned);
        if (location === null)
          throw new Error('labelRefusal let a row through without a returns centre');
        writes.labels.push(
          labelValues(
            scope.tx,
            row.label,
            returnId,
            currency,
            location,
            labelPayer(row.label, returned),
            row.requestedAt,
          ),
        );
      }
    } else {
      addReturnLine(writes, scope, row, known.returnId, line.orderLineId);
      labelsOfAddedLines.push({ returnId: known.returnId, row, currency });
    }
    outcomes.push({
      kind: known === undefined ? 'created' : 'lineAdded',
      flagged: row.reasonCode === null,
      orderCreated: line.kind === 'newOrder',
    });
  }
  await flush(scope, writes);
  for (const added of labelsOfAddedLines) {
    const known = lookups.returns.get(added.row.returnKey);
    if (added.row.label === null || known === undefined) continue;
    await ensureReportLabel(
      scope.tx,
      { id: added.returnId, status: known.status, currency: added.currency },
      added.row.label,
      added.row.requestedAt,
    );
  }
  return outcomes;
}
