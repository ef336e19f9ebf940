import { createHash } from 'node:crypto';
import {
  isCurrencyCode,
  parseMoney,
  type CurrencyCode,
  type ReasonCode,
  type ReturnShippingPayer,
} from '@rebound/domain';
import { CARRIERS, labelListPrice, type Carrier } from '../labels/carrier';
import { parseIsoInstant } from '../orders/import/iso-instant';
import { AMAZON_ORDER_ID_PATTERN } from '../orders/order-identity.rules';
import type { AmazonReportKind } from './amazon-import-run.entity';
import { mapReportReason } from './reason-mapping';
import type { ReportRecord } from './report-reader';
import { fbaStatusTarget, flatStatusTarget, type StatusTarget } from './report-status';

/** A problem pinned to a line and, where it can be, a column of the file. */
export interface RowProblem {
  line: number;
  column: string | null;
  reason: string;
}

/** A return label as a flat-file row describes it. */
export interface ReportLabel {
  carrier: Carrier;
  trackingNumber: string;
  /** "Label cost" in minor units of the row's currency, else the carrier's list price. */
  costMinor: number;
  /** "Label to be paid by"; null when not given (then it follows the lines' fault). */
  payer: ReturnShippingPayer | null;
}

/** A report row read into what Rebound needs, whatever the report kind. */
export interface ReturnReportRow {
  line: number;
  kind: AmazonReportKind;
  /** The Amazon RMA ID (flat) or order id | SKU | return date (FBA): one Rebound return. */
  returnKey: string;
  orderExternalId: string;
  /** Null for FBA (the report has no order date). */
  orderedAt: Date | null;
  /** Null for FBA (the SKU's currency is used). */
  currency: CurrencyCode | null;
  skuCode: string;
  asin: string;
  quantity: number;
  /** Units on the order (flat "Order quantity"); null when not given. */
  orderQuantity: number | null;
  /** What the order line cost in all (flat "Order Amount"), minor units; null when not given. */
  orderAmount: number | null;
  requestedAt: Date;
  /** When the parcel reached the seller (flat "Return delivery date", FBA "return-date"). */
  receivedAt: Date | null;
  inPolicy: boolean;
  reportStatus: string;
  target: StatusTarget;
  trackingId: string;
  carrier: string;
  /** The return label the row describes (flat file, a tracking ID on a label-issued path). */
  label: ReportLabel | null;
  reasonText: string;
  reasonCode: ReasonCode | null;
  comment: string | null;
  fields: Record<string, string>;
  extra: Record<string, string>;
  /** Hash of every column: an identical row is a repeat and changes nothing. */
  rowHash: string;
}

// Amazon writes "2025-03-01T10:15:30+00:00", "2025-03-01 10:15:30 UTC" or a date alone.
function readInstant(text: string): Date | null {
  const normalised = text
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)/, '$1T$2')
    .replace(/\s*(UTC|GMT)$/i, 'Z');
  const withZone = /T\d{2}:\d{2}(:\d{2})?(\.\d+)?$/.test(normalised)
    ? `${normalised}Z`
    : normalised;
  return parseIsoInstant(withZone);
}

function readBoolean(text: string): boolean | null {
  const folded = text.trim().toLowerCase();
  if (['y', 'yes', 'true', '1'].includes(folded)) return true;
  if (['n', 'no', 'false', '0'].includes(folded)) return false;
  return null;
}

/** Reads one row's cells, collecting every problem; `column` names the file's column. */
class CellReader {
  readonly problems: RowProblem[] = [];

  constructor(
    private readonly record: ReportRecord,
    private readonly required: ReadonlySet<string>,
  ) {}

  text(column: string): string {
    const value = this.record.fields[column] ?? '';
    if (value === '' && this.required.has(column)) this.problem(column, 'is missing');
    return value;
  }

  problem(column: string | null, reason: string): void {
    this.problems.push({ line: this.record.line, column, reason });
  }

  date(column: string): Date | null {
    const value = this.text(column);
    if (value === '') return null;
    const instant = readInstant(value);
    if (instant === null) {
      this.problem(column, `must be an ISO 8601 date or date-time (got "${value}")`);
    }
    return instant;
  }

  count(column: string, minimum: number): number | null {
    const value = this.text(column);
    if (value === '') return null;
    if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      this.problem(column, `must be a whole number (got "${value}")`);
      return null;
    }
    const parsed = Number(value);
    if (parsed < minimum) {
      this.problem(column, `must be at least ${minimum} (got ${value})`);
      return null;
    }
    return parsed;
  }

  money(column: string, currency: CurrencyCode | null): number | null {
    const value = this.text(column);
    if (value === '' || currency === null) return null;
    const parsed = parseMoney(value, currency);
    if (!parsed.ok) {
      this.problem(column, `must be an amount in ${currency} like 49.99 (got "${value}")`);
      return null;
    }
    if (parsed.value.amount < 0) {
      this.problem(column, `must not be negative (got "${value}")`);
      return null;
    }
    return parsed.value.amount;
  }

  flag(column: string): boolean | null {
    const value = this.text(column);
    if (value === '') return null;
    const parsed = readBoolean(value);
    if (parsed === null) this.problem(column, `must be Y or N (got "${value}")`);
    return parsed;
  }
}

function hashRow(record: ReportRecord): string {
  const sorted = (values: Record<string, string>): [string, string][] =>
    Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([sorted(record.fields), sorted(record.extra)]))
    .digest('base64url');
}

function checkOrderId(cells: CellReader, column: string, value: string): void {
  if (value !== '' && !AMAZON_ORDER_ID_PATTERN.test(value)) {
    cells.problem(
      column,
      `must be an Amazon order number like 114-1234567-1234567 (got "${value}")`,
    );
  }
}

const foldCarrier = (text: string): string => text.toUpperCase().replace(/[^A-Z]/g, '');

/** "Return carrier" as one of Rebound's carriers ("FedEx", "fed-ex" → FEDEX); null otherwise. */
export function readCarrier(text: string): Carrier | null {
  const folded = foldCarrier(text);
  return CARRIERS.find((carrier) => carrier === folded) ?? null;
}

/** "Label to be paid by": the customer, or the seller side (the seller, or Amazon on its behalf). */
export function readLabelPayer(text: string): ReturnShippingPayer | null {
  switch (text.trim().toLowerCase()) {
    case 'customer':
    case 'buyer':
      return 'CUSTOMER';
    case 'seller':
    case 'merchant':
    case 'amazon':
      return 'SELLER';
    default:
      return null;
  }
}

/**
 * The label of a row whose status reaches LABEL_ISSUED: carrier, tracking, cost (else the
 * carrier's list price, as when support issues one) and payer (else it follows fault). A row
 * the labels module could not hold — no tracking ID, a carrier Rebound has no labels of (DHL…),
 * no cost and no list price — has none: the return is imported, its label stays in the report.
 */
function readLabel(
  cells: CellReader,
  trackingNumber: string,
  currency: CurrencyCode,
  statedCost: number | null,
): ReportLabel | null {
  const carrier = readCarrier(cells.text('Return carrier'));
  if (trackingNumber === '' || carrier === null) return null;
  const costMinor = statedCost ?? labelListPrice(carrier, currency);
  if (costMinor === null) return null;
  return {
    carrier,
    trackingNumber,
    costMinor,
    payer: readLabelPayer(cells.text('Label to be paid by')),
  };
}

const FLAT_REQUIRED_SET = new Set([
  'Order ID',
  'Order date',
  'Return request date',
  'Return request status',
  'Amazon RMA ID',
  'Currency code',
  'Merchant SKU',
  'Return quantity',
  'Return Reason',
]);

/** Reads a flat-file row; every problem of the row is reported at once. */
export function readFlatRow(record: ReportRecord): ReturnReportRow | RowProblem[] {
  const cells = new CellReader(record, FLAT_REQUIRED_SET);
  const orderExternalId = cells.text('Order ID');
  checkOrderId(cells, 'Order ID', orderExternalId);
  const orderedAt = cells.date('Order date');
  const requestedAt = cells.date('Return request date');
  const receivedAt = cells.date('Return delivery date');
  cells.date('SafeT claim creation time');
  const reportStatus = cells.text('Return request status');
  const amazonRma = cells.text('Amazon RMA ID');
  const currencyText = cells.text('Currency code').toUpperCase();
  let currency: CurrencyCode | null = null;
  if (currencyText !== '') {
    if (isCurrencyCode(currencyText)) currency = currencyText;
    else
      cells.problem(
        'Currency code',
        `is not an ISO 4217 code Rebound supports (got "${currencyText}")`,
      );
  }
  const skuCode = cells.text('Merchant SKU');
  const quantity = cells.count('Return quantity', 1);
  const orderQuantity = cells.count('Order quantity', 1);
  const orderAmount = cells.money('Order Amount', currency);
  const labelCost = cells.money('Label cost', currency);
  for (const column of ['Refunded Amount', 'SafeT claim reimbursement amount']) {
    cells.money(column, currency);
  }
  const inPolicy = cells.flag('In policy');
  cells.flag('A-to-Z Claim');
  cells.flag('Is prime');
  const reasonText = cells.text('Return Reason');
  const trackingId = cells.text('Tracking ID');
  if (quantity !== null && orderQuantity !== null && quantity > orderQuantity) {
    cells.problem(
      'Return quantity',
      `is more than the order quantity (${quantity} > ${orderQuantity})`,
    );
  }
  if (requestedAt !== null && orderedAt !== null && requestedAt < orderedAt) {
    cells.problem('Return request date', 'is before the order date');
  }
  if (receivedAt !== null && requestedAt !== null && receivedAt < requestedAt) {
    cells.problem('Return delivery date', 'is before the return request date');
  }
  const target =
    reportStatus === '' ? null : flatStatusTarget(reportStatus, trackingId, receivedAt !== null);
  if (reportStatus !== '' && target === null) {
    cells.problem('Return request status', `is not a status Rebound knows (got "${reportStatus}")`);
  }
  const label =
    target !== null && target.path.includes('issueLabel') && currency !== null
      ? readLabel(cells, trackingId, currency, labelCost)
      : null;
  if (
    cells.problems.length > 0 ||
    target === null ||
    requestedAt === null ||
    orderedAt === null ||
    quantity === null ||
    currency === null
  ) {
    return cells.problems;
  }
  return {
    line: record.line,
    kind: 'FLAT',
    returnKey: amazonRma,
    orderExternalId,
    orderedAt,
    currency,
    skuCode,
    asin: cells.text('ASIN'),
    quantity,
    orderQuantity,
    orderAmount,
    requestedAt,
    receivedAt,
    inPolicy: inPolicy ?? true,
    reportStatus,
    target,
    trackingId,
    carrier: cells.text('Return carrier'),
    label,
    reasonText,
    reasonCode: mapReportReason(reasonText).code,
    comment: null,
    fields: record.fields,
    extra: record.extra,
    rowHash: hashRow(record),
  };
}

const FBA_REQUIRED_SET = new Set([
  'return-date',
  'order-id',
  'sku',
  'quantity',
  'reason',
  'status',
]);

/** Reads an FBA customer-returns row. */
export function readFbaRow(record: ReportRecord): ReturnReportRow | RowProblem[] {
  const cells = new CellReader(record, FBA_REQUIRED_SET);
  const returnedAt = cells.date('return-date');
  const orderExternalId = cells.text('order-id');
  checkOrderId(cells, 'order-id', orderExternalId);
  const skuCode = cells.text('sku');
  const quantity = cells.count('quantity', 1);
  const reasonText = cells.text('reason');
  const reportStatus = cells.text('status');
  if (cells.problems.length > 0 || returnedAt === null || quantity === null) return cells.problems;
  const comment = cells.text('customer-comments');
  return {
    line: record.line,
    kind: 'FBA',
    returnKey: [orderExternalId, skuCode, returnedAt.toISOString()].join('|'),
    orderExternalId,
    orderedAt: null,
    currency: null,
    skuCode,
    asin: cells.text('asin'),
    quantity,
    orderQuantity: null,
    orderAmount: null,
    requestedAt: returnedAt,
    receivedAt: returnedAt,
    inPolicy: true,
    reportStatus,
    target: fbaStatusTarget(),
    trackingId: cells.text('license-plate-number'),
    carrier: '',
    label: null,
    reasonText,
    reasonCode: mapReportReason(reasonText).code,
    comment: comment === '' ? null : comment,
    fields: record.fields,
    extra: record.extra,
    rowHash: hashRow(record),
  };
}

export function readReportRow(
  kind: AmazonReportKind,
  record: ReportRecord,
): ReturnReportRow | RowProblem[] {
  return kind === 'FLAT' ? readFlatRow(record) : readFbaRow(record);
}
