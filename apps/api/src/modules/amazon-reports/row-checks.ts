import { randomUUID } from 'node:crypto';
import { foldReasonText } from './reason-mapping';
import type {
  BatchLookups,
  KnownOrder,
  KnownReportLine,
  KnownSku,
  LabelLocation,
} from './report-lookups';
import type { ReturnReportRow, RowProblem } from './report-row';

// The checks a row passes before a batch writes anything for it: each refusal names the
// line, the column and the reason.

/** What one row did. */
export type RowOutcome =
  | {
      kind: 'created' | 'lineAdded' | 'updated' | 'unchanged';
      flagged: boolean;
      orderCreated: boolean;
    }
  | { kind: 'refused'; problems: RowProblem[] };

export const refused = (
  row: ReturnReportRow,
  column: string | null,
  reason: string,
): RowOutcome => ({
  kind: 'refused',
  problems: [{ line: row.line, column, reason }],
});

export const col = (row: ReturnReportRow, flat: string, fba: string): string =>
  row.kind === 'FLAT' ? flat : fba;

/** The order line a row returns units of: found, to be created, or a refusal. */
export type LinePlan =
  | { kind: 'existing'; orderId: string; orderLineId: string; orderedQuantity: number }
  | { kind: 'newOrder'; orderId: string; orderLineId: string; orderedQuantity: number }
  | {
      kind: 'newLine';
      orderId: string;
      orderLineId: string;
      lineNo: number;
      orderedQuantity: number;
    };

/**
 * The units of an order line a row may still return: the ordered quantity minus the units already
 * on its other returns that still count (neither rejected nor cancelled).
 */
function returnableQuantity(
  line: KnownOrder['lines'][number],
  ownReturnId: string | undefined,
): { returnable: number; elsewhere: number } {
  const elsewhere = line.onReturns
    .filter((units) => units.returnId !== ownReturnId)
    .reduce((sum, units) => sum + units.quantity, 0);
  return { returnable: Math.max(0, line.quantity - elsewhere), elsewhere };
}

export function orderLinePlan(
  row: ReturnReportRow,
  sku: KnownSku,
  currency: string,
  order: KnownOrder | undefined,
  ownReturnId: string | undefined,
): LinePlan | RowOutcome {
  const orderedQuantity = row.orderQuantity ?? row.quantity;
  if (order === undefined) {
    return { kind: 'newOrder', orderId: randomUUID(), orderLineId: randomUUID(), orderedQuantity };
  }
  if (order.currency !== currency) {
    return refused(
      row,
      col(row, 'Currency code', 'sku'),
      `contradicts order ${row.orderExternalId}, which is in ${order.currency} (the row says ${currency})`,
    );
  }
  const line = order.lines.find((candidate) => candidate.skuCode === sku.code);
  if (line === undefined) {
    if (!order.fromReport) {
      return refused(
        row,
        col(row, 'Merchant SKU', 'sku'),
        `contradicts order ${row.orderExternalId}: it has no line for SKU ${sku.code}`,
      );
    }
    const lineNo = Math.max(0, ...order.lines.map((candidate) => candidate.lineNo)) + 1;
    return {
      kind: 'newLine',
      orderId: order.id,
      orderLineId: randomUUID(),
      lineNo,
      orderedQuantity,
    };
  }
  if (row.quantity > line.quantity) {
    return refused(
      row,
      col(row, 'Return quantity', 'quantity'),
      `is more than the ${line.quantity} unit(s) on order ${row.orderExternalId}`,
    );
  }
  const { returnable, elsewhere } = returnableQuantity(line, ownReturnId);
  // An order made from an FBA report has no real ordered quantity (the report has none).
  if (order.reportKind !== 'FBA' && row.quantity > returnable) {
    return refused(
      row,
      col(row, 'Return quantity', 'quantity'),
      `is more than the ${returnable} unit(s) of SKU ${sku.code} still returnable on order ${row.orderExternalId} (${line.quantity} ordered, ${elsewhere} already on other returns)`,
    );
  }
  return {
    kind: 'existing',
    orderId: order.id,
    orderLineId: line.id,
    orderedQuantity: line.quantity,
  };
}

/** Checks that need the catalogue: the SKU exists, its ASIN and currency agree with the row. */
export function skuOf(row: ReturnReportRow, lookups: BatchLookups): KnownSku | RowOutcome {
  const sku = lookups.skus.get(row.skuCode);
  const skuColumn = col(row, 'Merchant SKU', 'sku');
  if (sku === undefined) return refused(row, skuColumn, `is not a known SKU (${row.skuCode})`);
  if (row.asin !== '' && sku.asin !== null && sku.asin !== row.asin) {
    return refused(
      row,
      col(row, 'ASIN', 'asin'),
      `contradicts SKU ${sku.code}, whose ASIN is ${sku.asin} (got ${row.asin})`,
    );
  }
  if (row.currency !== null && sku.currency !== row.currency) {
    return refused(
      row,
      'Currency code',
      `contradicts SKU ${sku.code}, which is listed in ${sku.currency} (the row says ${row.currency})`,
    );
  }
  return sku;
}

export const isOutcome = (value: object): value is RowOutcome =>
  'kind' in value && 'problems' in value;

/**
 * The row with its reason as Rebound decides it: the report's own mapping, else the code a
 * reviewer gave this very line (same text), else a mapping a reviewer chose to remember.
 */
export function withDecidedReason(
  row: ReturnReportRow,
  lookups: BatchLookups,
  knownLine: KnownReportLine | undefined,
): ReturnReportRow {
  if (row.reasonCode !== null) return row;
  const reviewed = knownLine?.reasonCode ?? null;
  if (reviewed !== null && knownLine?.reasonText === row.reasonText) {
    return { ...row, reasonCode: reviewed };
  }
  const remembered = lookups.reasonMappings.get(foldReasonText(row.reasonText));
  return remembered === undefined ? row : { ...row, reasonCode: remembered };
}

/** A label row may be written: its tracking number is free and a returns centre exists. */
export function labelRefusal(
  row: ReturnReportRow,
  lookups: BatchLookups,
  locations: readonly LabelLocation[],
  ownReturnId: string | undefined,
  trackedInBatch: ReadonlySet<string>,
): RowOutcome | null {
  if (row.label === null) return null;
  const holder = lookups.labels.get(row.label.trackingNumber);
  if (
    (holder !== undefined && holder.returnId !== ownReturnId) ||
    trackedInBatch.has(row.label.trackingNumber)
  ) {
    return refused(
      row,
      'Tracking ID',
      `is already the tracking number of another return's label${holder === undefined ? '' : ` (${holder.rmaNumber})`}`,
    );
  }
  if (!locations.some((location) => location.kind === 'RETURNS_CENTRE')) {
    return refused(
      row,
      'Tracking ID',
      'cannot be put on a return label: no returns centre (RETURNS_CENTRE location) is set up',
    );
  }
  return null;
}
