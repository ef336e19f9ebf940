import { err, ok, type Result } from '../result/result';
import type { CurrencyCode } from './currency';

/** An amount in integer minor units (cents, yen, fils) of one currency. */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/** Tells whether a value is usable as minor units: a safe integer, never a float. */
export function isMinorUnits(value: number): boolean {
  return Number.isSafeInteger(value);
}

/**
 * Builds money from minor units, refusing floats and unsafe integers.
 * @example money(4349, 'USD') // ok({ amount: 4349, currency: 'USD' })
 */
export function money(amount: number, currency: CurrencyCode): Result<Money> {
  if (!isMinorUnits(amount)) {
    return err('INVALID_AMOUNT', `${amount} is not a whole number of minor units`, { amount });
  }
  return ok({ amount, currency });
}

/**
 * Adds two amounts of the same currency; mixing currencies is refused.
 * @example addMoney(usd(100), usd(250)) // ok(350 USD); addMoney(usd(1), eur(1)) // CURRENCY_MISMATCH
 */
export function addMoney(left: Money, right: Money): Result<Money> {
  return combine(left, right, 1);
}

/** Subtracts `right` from `left`; both must share a currency. The result may be negative. */
export function subtractMoney(left: Money, right: Money): Result<Money> {
  return combine(left, right, -1);
}

/**
 * Sums amounts that must all be in `currency`; an empty list sums to zero.
 * @example sumMoney('JPY', [jpy(1500), jpy(300)]) // ok(1800 JPY)
 */
export function sumMoney(currency: CurrencyCode, amounts: readonly Money[]): Result<Money> {
  let total: Money = { amount: 0, currency };
  for (const next of amounts) {
    const sum = addMoney(total, next);
    if (!sum.ok) return sum;
    total = sum.value;
  }
  return ok(total);
}

function combine(left: Money, right: Money, sign: 1 | -1): Result<Money> {
  if (left.currency !== right.currency) {
    return err('CURRENCY_MISMATCH', `Cannot combine ${left.currency} with ${right.currency}`, {
      left: left.currency,
      right: right.currency,
    });
  }
  const amount = left.amount + sign * right.amount;
  if (!Number.isSafeInteger(amount)) {
    return err('AMOUNT_OUT_OF_RANGE', 'The amount is too large to be held exactly', {
      currency: left.currency,
    });
  }
  return ok({ amount, currency: left.currency });
}
