import { err, ok, type Result } from '../result/result';
import type { Money } from './money';

/** One item of a split with the share it received. */
export interface SplitShare<T> {
  readonly item: T;
  readonly share: bigint;
}

/**
 * Splits a whole over items by weight with the largest-remainder method: each item gets its
 * floor, then the leftover minor units go one by one to the largest remainders (earlier
 * items win ties). Callers guarantee `amount >= 0` and, when `amount > 0`, a positive total
 * weight.
 */
export function splitByLargestRemainder<T>(
  amount: bigint,
  items: readonly T[],
  weightOf: (item: T) => bigint,
): SplitShare<T>[] {
  if (amount === 0n) return items.map((item) => ({ item, share: 0n }));
  const totalWeight = items.reduce((sum, item) => sum + weightOf(item), 0n);
  const parts = items.map((item, index) => ({
    item,
    index,
    floor: (amount * weightOf(item)) / totalWeight,
    remainder: (amount * weightOf(item)) % totalWeight,
  }));
  let leftover = amount - parts.reduce((sum, part) => sum + part.floor, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const topped = new Set<number>();
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    topped.add(index);
    leftover -= 1n;
  }
  return parts.map(({ item, index, floor }) => ({
    item,
    share: topped.has(index) ? floor + 1n : floor,
  }));
}

/**
 * Allocates minor units over parts in proportion to `weights` (ratios such as line values
 * or units); the parts always sum exactly to `amount`. A negative amount is split as its
 * magnitude and negated.
 * @example allocate(100, [1, 1, 1]) // ok([34, 33, 33])
 */
export function allocate(amount: number, weights: readonly number[]): Result<number[]> {
  if (!Number.isSafeInteger(amount)) {
    return err('INVALID_AMOUNT', `${amount} is not a whole number of minor units`, { amount });
  }
  if (weights.length === 0 || !weights.every((w) => Number.isSafeInteger(w) && w >= 0)) {
    return err('INVALID_ALLOCATION', 'Weights must be a non-empty list of whole numbers ≥ 0', {
      weights: weights.map(String),
    });
  }
  if (weights.every((w) => w === 0)) {
    return err('INVALID_ALLOCATION', 'At least one weight must be positive', {
      weights: weights.map(String),
    });
  }
  const magnitude = BigInt(Math.abs(amount));
  const parts = splitByLargestRemainder(magnitude, weights, BigInt);
  return ok(parts.map(({ share }) => Number(amount < 0 ? -share : share)));
}

/**
 * {@link allocate} for money: the parts keep the currency.
 * @example allocateMoney({ amount: 1000, currency: 'JPY' }, [2, 1]) // ok([667 JPY, 333 JPY])
 */
export function allocateMoney(value: Money, weights: readonly number[]): Result<Money[]> {
  const parts = allocate(value.amount, weights);
  if (!parts.ok) return parts;
  return ok(parts.value.map((amount) => ({ amount, currency: value.currency })));
}
