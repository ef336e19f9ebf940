import { isCurrencyCode, parseMoney, type CurrencyCode } from '@rebound/domain';
import { ORDER_CSV_COLUMNS, type ColumnPositions, type OrderCsvColumn } from './order-csv-columns';
import { parseIsoInstant } from './iso-instant';

/** The typed values of a row that could be read. */
export interface OrderRowValues {
  orderedAt: Date;
  deliveredAt: Date | null;
  lineNo: number;
  quantity: number;
  unitPrice: number;
  tax: number;
  shipping: number;
}

/** One CSV row (one order line): its text, and its values or why they cannot be read. */
export interface OrderCsvRow {
  /** Line of the file where the row starts (1 is the header). */
  line: number;
  /** Every documented column, trimmed. */
  text: Readonly<Record<OrderCsvColumn, string>>;
  /** Null when `problems` is not empty. */
  values: OrderRowValues | null;
  /** Sentences naming the column, e.g. "quantity must be a whole number (got "two")". */
  problems: string[];
}

type MoneyColumn = 'unit_price' | 'tax' | 'shipping';
type DateColumn = 'ordered_at' | 'delivered_at';
type CountColumn = 'line_no' | 'quantity';

function readCount(
  text: Record<OrderCsvColumn, string>,
  column: CountColumn,
  problems: string[],
): number {
  const value = text[column];
  if (value === '') problems.push(`${column} is missing`);
  else if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    problems.push(`${column} must be a whole number (got "${value}")`);
  }
  return Number(value);
}

function readMoney(
  text: Record<OrderCsvColumn, string>,
  column: MoneyColumn,
  currency: CurrencyCode,
  problems: string[],
): number {
  const value = text[column];
  if (value === '') {
    problems.push(`${column} is missing`);
    return 0;
  }
  const parsed = parseMoney(value, currency);
  if (parsed.ok) return parsed.value.amount;
  const { code } = parsed.error;
  problems.push(
    code === 'TOO_MANY_DECIMALS'
      ? `${column} has too many decimals for ${currency} (got "${value}")`
      : code === 'AMOUNT_OUT_OF_RANGE'
        ? `${column} is too large (got "${value}")`
        : `${column} must be a plain decimal amount in major units, like 49.99 (got "${value}")`,
  );
  return 0;
}

function readInstant(
  text: Record<OrderCsvColumn, string>,
  column: DateColumn,
  problems: string[],
): Date | null {
  const value = text[column];
  if (value === '') {
    if (column === 'ordered_at') problems.push('ordered_at is missing');
    return null;
  }
  const instant = parseIsoInstant(value);
  if (instant === null) {
    problems.push(
      `${column} must be an ISO 8601 date, or a date-time with Z or an offset, like 2025-03-01T14:30:00Z (got "${value}")`,
    );
  }
  return instant;
}

/**
 * Reads one record into a row. Texts are only trimmed here: the rules of an order (channel,
 * order number, email, quantity ≥ 1, …) are checked later by the same validation as upsertOrder.
 */
export function readOrderRow(
  record: readonly string[],
  positions: ColumnPositions,
  line: number,
): OrderCsvRow {
  const text = Object.fromEntries(
    ORDER_CSV_COLUMNS.map((column) => [column, (record[positions[column]] ?? '').trim()]),
  ) as Record<OrderCsvColumn, string>;
  const problems: string[] = [];
  const orderedAt = readInstant(text, 'ordered_at', problems);
  const deliveredAt = readInstant(text, 'delivered_at', problems);
  const lineNo = readCount(text, 'line_no', problems);
  const quantity = readCount(text, 'quantity', problems);
  const { currency } = text;
  let amounts: [number, number, number] = [0, 0, 0];
  if (!isCurrencyCode(currency)) {
    problems.push(`currency must be an ISO 4217 code Rebound supports (got "${text.currency}")`);
  } else {
    amounts = [
      readMoney(text, 'unit_price', currency, problems),
      readMoney(text, 'tax', currency, problems),
      readMoney(text, 'shipping', currency, problems),
    ];
  }
  if (problems.length > 0 || orderedAt === null) return { line, text, values: null, problems };
  const [unitPrice, tax, shipping] = amounts;
  return {
    line,
    text,
    values: { orderedAt, deliveredAt, lineNo, quantity, unitPrice, tax, shipping },
    problems,
  };
}
