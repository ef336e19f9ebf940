import { minorUnitsPerMajor, type CurrencyCode } from '../money/currency';
import { checkUnits, sharesForUnits, validateOrderLine, type OrderLine } from '../order/order-line';
import type { Fault } from '../reasons/fault';
import { reasonFault, type ReasonCode } from '../reasons/reason-catalogue';
import { err, ok, type Result } from '../result/result';
import {
  DEFAULT_RETURN_POLICY,
  DEFAULT_RETURNLESS_THRESHOLD_MAJOR_UNITS,
  validateReturnPolicy,
  type ReturnPolicy,
} from './return-policy';

/** Why a line cannot be refunded without shipping it back. */
export const RETURNLESS_REFUSALS = ['ABOVE_THRESHOLD', 'CUSTOMER_FAULT'] as const;

/** One of {@link RETURNLESS_REFUSALS}. */
export type ReturnlessRefusal = (typeof RETURNLESS_REFUSALS)[number];

/** A line being considered for a returnless refund. */
export interface ReturnlessCandidate {
  readonly orderLine: OrderLine;
  readonly units: number;
  readonly reasonCode: ReasonCode;
}

/** The verdict for one line. */
export interface ReturnlessLineVerdict {
  readonly orderLineId: string;
  /** `unit price × units + tax share`, in minor units. */
  readonly itemValue: number;
  readonly fault: Fault;
  readonly refusals: readonly ReturnlessRefusal[];
}

/** Whether the whole return may be resolved returnless (every line must qualify). */
export interface ReturnlessVerdict {
  readonly eligible: boolean;
  readonly currency: CurrencyCode;
  readonly threshold: number;
  readonly lines: readonly ReturnlessLineVerdict[];
}

/**
 * The returnless threshold in minor units of `currency`: the policy's, or 10 major units.
 * @example returnlessThreshold('USD', DEFAULT_RETURN_POLICY) // 1000; ('KWD', …) // 10000
 */
export function returnlessThreshold(currency: CurrencyCode, policy: ReturnPolicy): number {
  return (
    policy.returnlessThresholds[currency] ??
    DEFAULT_RETURNLESS_THRESHOLD_MAJOR_UNITS * minorUnitsPerMajor(currency)
  );
}

function judgeLine(
  candidate: ReturnlessCandidate,
  threshold: number,
): Result<ReturnlessLineVerdict> {
  const line = validateOrderLine(candidate.orderLine);
  if (!line.ok) return line;
  const units = checkUnits(line.value, candidate.units);
  if (!units.ok) return units;
  const shares = sharesForUnits(line.value, units.value);
  const itemValue = shares.item + shares.tax;
  const fault = reasonFault(candidate.reasonCode);
  const refusals: ReturnlessRefusal[] = [];
  if (itemValue > threshold) refusals.push('ABOVE_THRESHOLD');
  if (fault === 'CUSTOMER') refusals.push('CUSTOMER_FAULT');
  return ok({ orderLineId: line.value.orderLineId, itemValue, fault, refusals });
}

/**
 * Decides whether a return may be refunded without the items coming back: each line's item
 * value (`unit price × units + tax share`) must be at most the threshold and its fault must
 * not be CUSTOMER. Nothing is shipped, restocked or inspected; stock is written off.
 * @example assessReturnless('USD', [{ orderLine: { orderLineId: 'l1', unitPrice: 899, quantity: 1, tax: 72, shipping: 0 }, units: 1, reasonCode: 'DEFECTIVE' }], DEFAULT_RETURN_POLICY)
 * // ok({ eligible: true, threshold: 1000, … }) — 9.71 ≤ 10.00 and supplier fault
 */
export function assessReturnless(
  currency: CurrencyCode,
  candidates: readonly ReturnlessCandidate[],
  policy: ReturnPolicy = DEFAULT_RETURN_POLICY,
): Result<ReturnlessVerdict> {
  const validPolicy = validateReturnPolicy(policy);
  if (!validPolicy.ok) return validPolicy;
  if (candidates.length === 0) return err('EMPTY_RETURN', 'A return needs at least one line');
  const threshold = returnlessThreshold(currency, policy);
  const lines: ReturnlessLineVerdict[] = [];
  for (const candidate of candidates) {
    const verdict = judgeLine(candidate, threshold);
    if (!verdict.ok) return verdict;
    lines.push(verdict.value);
  }
  const eligible = lines.every((line) => line.refusals.length === 0);
  return ok({ eligible, currency, threshold, lines });
}

/**
 * Turns a verdict into a guard result: refuses with RETURNLESS_NOT_ELIGIBLE, naming the
 * lines and why, when any line does not qualify.
 */
export function checkReturnless(verdict: ReturnlessVerdict): Result<ReturnlessVerdict> {
  const refused = verdict.lines.filter((line) => line.refusals.length > 0);
  if (refused.length === 0) return ok(verdict);
  return err('RETURNLESS_NOT_ELIGIBLE', 'Some lines must be shipped back before a refund', {
    orderLineIds: refused.map((line) => line.orderLineId),
    refusals: [...new Set(refused.flatMap((line) => line.refusals))],
  });
}
