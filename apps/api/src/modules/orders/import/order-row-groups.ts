import { ORDER_LEVEL_COLUMNS } from './order-csv-columns';
import type { OrderCsvEvent } from './order-csv-reader';
import type { OrderCsvRow } from './order-csv-row';

/** A refusal pinned to a line of the file. */
export interface LineProblem {
  line: number;
  message: string;
}

/** Consecutive rows of one order, and why the whole order is refused before it is applied. */
export interface OrderRowGroup {
  channel: string;
  externalId: string;
  rows: OrderCsvRow[];
  problems: LineProblem[];
  /** Lines that could not be read while this order was open; reported and refused with it. */
  unreadable: LineProblem[];
}

/** What the grouping yields: an order to apply, or a line that could not be read. */
export type OrderGroupEvent =
  { kind: 'order'; group: OrderRowGroup } | { kind: 'unreadable'; problem: LineProblem };

const keyOf = (row: OrderCsvRow): string =>
  JSON.stringify([row.text.channel, row.text.external_order_id]);

/** Order-level columns of a later row that disagree with the order's first row. */
function disagreements(first: OrderCsvRow, row: OrderCsvRow): LineProblem[] {
  return ORDER_LEVEL_COLUMNS.filter((column) =>
    column === 'customer_email'
      ? first.text[column].toLowerCase() !== row.text[column].toLowerCase()
      : first.text[column] !== row.text[column],
  ).map((column) => ({
    line: row.line,
    message: `${column} differs from line ${first.line} of the same order`,
  }));
}

/**
 * Groups consecutive rows of one order (same channel and order number). An order whose rows
 * are not consecutive is refused where it appears again, since importing it twice would
 * replace its first part. A line that cannot be read refuses the orders on both sides of it,
 * because it may belong to either. Memory holds one order's rows, plus the keys seen.
 */
export async function* groupOrderRows(
  events: AsyncIterable<OrderCsvEvent>,
): AsyncGenerator<OrderGroupEvent> {
  const firstLineOfKey = new Map<string, number>();
  let current: OrderRowGroup | null = null;
  let unreadableBefore: number | null = null;

  for await (const event of events) {
    if (event.kind === 'unreadable') {
      const problem = { line: event.line, message: `could not be read: ${event.reason}` };
      if (current === null) yield { kind: 'unreadable', problem };
      else {
        current.unreadable.push(problem);
        current.problems.push(taint(current, event.line));
      }
      unreadableBefore = event.line;
      continue;
    }
    const { row } = event;
    const key = keyOf(row);
    const first = current?.rows[0];
    if (current !== null && first !== undefined && keyOf(first) === key) {
      current.problems.push(...disagreements(first, row));
      current.rows.push(row);
    } else {
      if (current !== null) yield { kind: 'order', group: current };
      current = {
        channel: row.text.channel,
        externalId: row.text.external_order_id,
        rows: [row],
        problems: [],
        unreadable: [],
      };
      const seenAt = firstLineOfKey.get(key);
      if (seenAt !== undefined) {
        current.problems.push({
          line: row.line,
          message: `this order already appeared at line ${seenAt}: rows of one order must be consecutive`,
        });
      } else firstLineOfKey.set(key, row.line);
      if (unreadableBefore !== null) current.problems.push(taint(current, unreadableBefore));
    }
    unreadableBefore = null;
  }
  if (current !== null) yield { kind: 'order', group: current };
}

function taint(group: OrderRowGroup, unreadableLine: number): LineProblem {
  return {
    line: group.rows[0]?.line ?? unreadableLine,
    message: `order not imported: line ${unreadableLine} could not be read and may belong to it`,
  };
}
