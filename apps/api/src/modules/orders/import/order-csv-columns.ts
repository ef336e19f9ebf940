/** The documented header of an orders CSV: one row per order line. */
export const ORDER_CSV_COLUMNS = [
  'channel',
  'external_order_id',
  'customer_email',
  'customer_name',
  'currency',
  'ordered_at',
  'delivered_at',
  'line_no',
  'sku',
  'quantity',
  'unit_price',
  'tax',
  'shipping',
] as const;

export type OrderCsvColumn = (typeof ORDER_CSV_COLUMNS)[number];

/** Columns about the whole order, which every row of one order repeats. */
export const ORDER_LEVEL_COLUMNS = [
  'channel',
  'external_order_id',
  'customer_email',
  'customer_name',
  'currency',
  'ordered_at',
  'delivered_at',
] as const satisfies readonly OrderCsvColumn[];

/** Where each column sits in the file's records. */
export type ColumnPositions = Readonly<Record<OrderCsvColumn, number>> & { width: number };

/** The file cannot be imported at all (no or wrong header): the CLI exits with 1. */
export class OrderCsvFormatError extends Error {
  override readonly name = 'OrderCsvFormatError';
}

/** Reads the header record: every documented column once, in any order; others are ignored. */
export function readHeader(record: readonly string[]): ColumnPositions {
  const names = record.map((name) => name.trim().toLowerCase());
  const missing = ORDER_CSV_COLUMNS.filter((column) => !names.includes(column));
  const repeated = ORDER_CSV_COLUMNS.filter(
    (column) => names.indexOf(column) !== names.lastIndexOf(column),
  );
  if (missing.length > 0 || repeated.length > 0) {
    const problems = [
      ...(missing.length > 0 ? [`lacks ${missing.join(', ')}`] : []),
      ...(repeated.length > 0 ? [`repeats ${repeated.join(', ')}`] : []),
    ];
    throw new OrderCsvFormatError(
      `line 1: the header ${problems.join(' and ')}; expected ${ORDER_CSV_COLUMNS.join(',')}`,
    );
  }
  const positions = Object.fromEntries(
    ORDER_CSV_COLUMNS.map((column) => [column, names.indexOf(column)]),
  ) as Record<OrderCsvColumn, number>;
  return { ...positions, width: record.length };
}

const ORDER_FIELD_COLUMNS: Readonly<Record<string, OrderCsvColumn>> = {
  'input.channel': 'channel',
  'input.externalId': 'external_order_id',
  'input.customer': 'customer_email',
  'input.customer.email': 'customer_email',
  'input.customer.name': 'customer_name',
  'input.currency': 'currency',
  'input.orderedAt': 'ordered_at',
  'input.deliveredAt': 'delivered_at',
};

const LINE_FIELD_COLUMNS: Readonly<Record<string, OrderCsvColumn>> = {
  lineNo: 'line_no',
  skuCode: 'sku',
  quantity: 'quantity',
  unitPrice: 'unit_price',
  tax: 'tax',
  shipping: 'shipping',
};

/** The CSV place of an input field path: the line's index among the order's rows, and the column. */
export interface CsvPlace {
  lineIndex: number | null;
  column: OrderCsvColumn | null;
}

/** Where an input field path (input.lines[2].quantity) comes from in the CSV rows of its order. */
export function columnOfPath(path: string): CsvPlace {
  const line = /^input\.lines\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (line === null) return { lineIndex: null, column: ORDER_FIELD_COLUMNS[path] ?? null };
  const field = line[2];
  return {
    lineIndex: Number(line[1]),
    column: field === undefined ? null : (LINE_FIELD_COLUMNS[field] ?? null),
  };
}
