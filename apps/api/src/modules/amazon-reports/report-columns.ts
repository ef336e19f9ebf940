import type { AmazonReportKind } from './amazon-import-run.entity';

/** The merchant-fulfilled returns report (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE), in Amazon's order. */
export const FLAT_COLUMNS = [
  'Order ID',
  'Order date',
  'Return request date',
  'Return request status',
  'Amazon RMA ID',
  'Merchant RMA ID',
  'Label type',
  'Label cost',
  'Currency code',
  'Return carrier',
  'Tracking ID',
  'Label to be paid by',
  'A-to-Z Claim',
  'Is prime',
  'ASIN',
  'Merchant SKU',
  'Item Name',
  'Return quantity',
  'Return Reason',
  'In policy',
  'Return type',
  'Resolution',
  'Invoice number',
  'Return delivery date',
  'Order Amount',
  'Order quantity',
  'SafeT Action reason',
  'SafeT claim id',
  'SafeT claim state',
  'SafeT claim creation time',
  'SafeT claim reimbursement amount',
  'Refunded Amount',
] as const;

/** Flat-file columns without which a row cannot become a return. */
export const FLAT_REQUIRED: readonly string[] = [
  'Order ID',
  'Order date',
  'Return request date',
  'Return request status',
  'Amazon RMA ID',
  'Currency code',
  'Merchant SKU',
  'Return quantity',
  'Return Reason',
];

/** The FBA customer returns report (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA). */
export const FBA_COLUMNS = [
  'return-date',
  'order-id',
  'sku',
  'asin',
  'fnsku',
  'product-name',
  'quantity',
  'fulfillment-center-id',
  'detailed-disposition',
  'reason',
  'status',
  'license-plate-number',
  'customer-comments',
] as const;

export const FBA_REQUIRED: readonly string[] = [
  'return-date',
  'order-id',
  'sku',
  'quantity',
  'reason',
  'status',
];

export function columnsOf(kind: AmazonReportKind): readonly string[] {
  return kind === 'FLAT' ? FLAT_COLUMNS : FBA_COLUMNS;
}

function requiredOf(kind: AmazonReportKind): readonly string[] {
  return kind === 'FLAT' ? FLAT_REQUIRED : FBA_REQUIRED;
}

/** The file cannot be imported at all (no header, a required column missing or repeated). */
export class ReportFormatError extends Error {
  override readonly name = 'ReportFormatError';
}

/** Where each known column sits in a record, and which other columns the file carries. */
export interface ReportHeader {
  kind: AmazonReportKind;
  /** Known column → position; absent when the file does not have it. */
  positions: ReadonlyMap<string, number>;
  /** Unknown columns (name as written) → position: kept aside with each row. */
  extras: ReadonlyMap<string, number>;
  width: number;
}

// Amazon's own files vary in case and spacing ("Order Id", "order id"); match on a folded form.
const fold = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** Matches the header by column name, in any order; a file-level error names what is missing. */
export function readReportHeader(kind: AmazonReportKind, record: readonly string[]): ReportHeader {
  const known = new Map(columnsOf(kind).map((column) => [fold(column), column]));
  const positions = new Map<string, number>();
  const extras = new Map<string, number>();
  const repeated: string[] = [];
  record.forEach((raw, index) => {
    const column = known.get(fold(raw));
    if (column === undefined) {
      if (raw.trim() !== '') extras.set(raw.trim(), index);
    } else if (positions.has(column)) repeated.push(column);
    else positions.set(column, index);
  });
  const missing = requiredOf(kind).filter((column) => !positions.has(column));
  if (missing.length > 0 || repeated.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`lacks the required column(s) ${missing.join(', ')}`] : []),
      ...(repeated.length > 0 ? [`repeats ${repeated.join(', ')}`] : []),
    ];
    throw new ReportFormatError(
      `line 1: the header of this ${kind === 'FLAT' ? 'flat-file returns' : 'FBA customer returns'} report ${problems.join(' and ')}`,
    );
  }
  return { kind, positions, extras, width: record.length };
}
