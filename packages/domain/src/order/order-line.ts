import { shareHalfUp } from '../money/share';
import { err, ok, type Result } from '../result/result';

/** An order line as paid: all amounts in minor units of the order's currency. */
export interface OrderLine {
  readonly orderLineId: string;
  /** Price of one unit, tax excluded. */
  readonly unitPrice: number;
  /** Units ordered (`n` in the refund rules). */
  readonly quantity: number;
  /** Tax charged on the whole line. */
  readonly tax: number;
  /** The line's share of outbound shipping. */
  readonly shipping: number;
}

/** A returned part of a line: `units` of its `quantity`, with tax and shipping pro rata. */
export interface LineShares {
  /** `unitPrice × units`. */
  readonly item: number;
  /** `tax × units / quantity`, rounded half-up. */
  readonly tax: number;
  /** `shipping × units / quantity`, rounded half-up. */
  readonly shipping: number;
}

const MONEY_FIELDS = ['unitPrice', 'tax', 'shipping'] as const;

/**
 * Checks an order line: amounts are whole minor units ≥ 0, the quantity a whole number ≥ 1,
 * and what was paid for the line fits in a safe integer.
 */
export function validateOrderLine(line: OrderLine): Result<OrderLine> {
  for (const field of MONEY_FIELDS) {
    if (!Number.isSafeInteger(line[field]) || line[field] < 0) {
      return err(
        'INVALID_AMOUNT',
        `Order line ${line.orderLineId}: ${field} must be minor units ≥ 0`,
        {
          orderLineId: line.orderLineId,
          field,
        },
      );
    }
  }
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    return err('INVALID_QUANTITY', `Order line ${line.orderLineId}: quantity must be at least 1`, {
      orderLineId: line.orderLineId,
      quantity: line.quantity,
    });
  }
  const paid =
    BigInt(line.unitPrice) * BigInt(line.quantity) + BigInt(line.tax) + BigInt(line.shipping);
  if (paid > BigInt(Number.MAX_SAFE_INTEGER)) {
    return err('AMOUNT_OUT_OF_RANGE', `Order line ${line.orderLineId} is too large to refund`, {
      orderLineId: line.orderLineId,
    });
  }
  return ok(line);
}

/**
 * Checks a set of order lines one by one and that the order's total stays a safe integer,
 * so any sum over its lines is exact.
 */
export function validateOrderLines(lines: readonly OrderLine[]): Result<readonly OrderLine[]> {
  let total = 0n;
  for (const line of lines) {
    const checked = validateOrderLine(line);
    if (!checked.ok) return checked;
    total += BigInt(amountPaidForLine(line));
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    return err('AMOUNT_OUT_OF_RANGE', 'The order is too large to refund exactly');
  }
  return ok(lines);
}

/**
 * What the customer paid for a line: `unitPrice × quantity + tax + shipping`.
 * @example amountPaidForLine({ orderLineId: 'l1', unitPrice: 4999, quantity: 2, tax: 0, shipping: 598 }) // 10596
 */
export function amountPaidForLine(line: OrderLine): number {
  return line.unitPrice * line.quantity + line.tax + line.shipping;
}

/**
 * Checks that `units` is a whole number from 1 to the units ordered on the line.
 */
export function checkUnits(line: OrderLine, units: number): Result<number> {
  if (Number.isSafeInteger(units) && units >= 1 && units <= line.quantity) return ok(units);
  return err(
    'INVALID_QUANTITY',
    `Order line ${line.orderLineId}: ${units} is not between 1 and ${line.quantity} units`,
    { orderLineId: line.orderLineId, units, quantityOrdered: line.quantity },
  );
}

/**
 * The item, tax and shipping attributable to `units` of a validated line (`× r / n`,
 * rounded half-up per line).
 * @example sharesForUnits({ orderLineId: 'l1', unitPrice: 4999, quantity: 2, tax: 801, shipping: 599 }, 1)
 * // { item: 4999, tax: 401, shipping: 300 }
 */
export function sharesForUnits(line: OrderLine, units: number): LineShares {
  return {
    item: line.unitPrice * units,
    tax: shareHalfUp(line.tax, units, line.quantity),
    shipping: shareHalfUp(line.shipping, units, line.quantity),
  };
}

/** Finds a line of the order by id. */
export function findOrderLine(
  lines: readonly OrderLine[],
  orderLineId: string,
): OrderLine | undefined {
  return lines.find((line) => line.orderLineId === orderLineId);
}
