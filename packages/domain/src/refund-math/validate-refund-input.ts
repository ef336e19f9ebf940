import type { Money } from '../money/money';
import {
  amountPaidForLine,
  checkUnits,
  findOrderLine,
  validateOrderLines,
  type OrderLine,
} from '../order/order-line';
import { err, ok, type Result } from '../result/result';
import type { RefundCalculationInput, ReturnedLine } from './refund-types';

/** A returned line with its order line and what remains refundable for it. */
export interface CheckedLine {
  readonly orderLine: OrderLine;
  readonly returned: ReturnedLine;
  readonly remaining: number;
}

function notInOrder(orderLineId: string): Result<never> {
  return err('ORDER_LINE_NOT_IN_ORDER', `Line ${orderLineId} is not part of this order`, {
    orderLineId,
  });
}

function checkLabelMoney(input: RefundCalculationInput, value: Money): Result<Money> {
  if (value.currency !== input.order.currency) {
    return err('CURRENCY_MISMATCH', `Label amounts must be in ${input.order.currency}`, {
      left: input.order.currency,
      right: value.currency,
    });
  }
  if (!Number.isSafeInteger(value.amount) || value.amount < 0) {
    return err('INVALID_AMOUNT', 'Label amounts must be minor units ≥ 0', { amount: value.amount });
  }
  return ok(value);
}

function alreadyRefundedByLine(input: RefundCalculationInput): Result<Map<string, bigint>> {
  const byLine = new Map<string, bigint>();
  for (const prior of input.alreadyRefunded) {
    if (findOrderLine(input.order.lines, prior.orderLineId) === undefined) {
      return notInOrder(prior.orderLineId);
    }
    if (!Number.isSafeInteger(prior.amount) || prior.amount < 0) {
      return err('INVALID_AMOUNT', 'Amounts already refunded must be minor units ≥ 0', {
        orderLineId: prior.orderLineId,
        amount: prior.amount,
      });
    }
    byLine.set(prior.orderLineId, (byLine.get(prior.orderLineId) ?? 0n) + BigInt(prior.amount));
  }
  return ok(byLine);
}

/**
 * Checks the calculator's input and resolves each returned line to its order line and to
 * what remains refundable for it (paid minus already refunded, never below zero).
 */
export function validateRefundInput(input: RefundCalculationInput): Result<CheckedLine[]> {
  const orderLines = validateOrderLines(input.order.lines);
  if (!orderLines.ok) return orderLines;
  if (input.lines.length === 0) return err('EMPTY_RETURN', 'A return needs at least one line');
  if (input.label.kind !== 'NONE') {
    const charged = checkLabelMoney(
      input,
      input.label.kind === 'SELLER_PREPAID' ? input.label.cost : input.label.receipt,
    );
    if (!charged.ok) return charged;
  }
  const refunded = alreadyRefundedByLine(input);
  if (!refunded.ok) return refunded;
  const checked: CheckedLine[] = [];
  for (const returned of input.lines) {
    const orderLine = findOrderLine(input.order.lines, returned.orderLineId);
    if (orderLine === undefined) return notInOrder(returned.orderLineId);
    if (checked.some((line) => line.orderLine === orderLine)) {
      return err('DUPLICATE_RETURN_LINE', `Line ${returned.orderLineId} appears twice`, {
        orderLineId: returned.orderLineId,
      });
    }
    const units = checkUnits(orderLine, returned.units);
    if (!units.ok) return units;
    const left =
      BigInt(amountPaidForLine(orderLine)) - (refunded.value.get(orderLine.orderLineId) ?? 0n);
    checked.push({ orderLine, returned, remaining: Number(left > 0n ? left : 0n) });
  }
  return ok(checked);
}
