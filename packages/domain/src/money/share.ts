/**
 * `amount × numerator / denominator`, rounded half-up (halves away from zero) to the minor
 * unit, computed exactly with BigInt so large products never lose precision.
 * Throws a RangeError for non-integers or a non-positive denominator (programming errors).
 * @example shareHalfUp(599, 1, 2) // 300 (299.5 rounds up)
 */
export function shareHalfUp(amount: number, numerator: number, denominator: number): number {
  if (![amount, numerator, denominator].every(Number.isSafeInteger) || denominator <= 0) {
    throw new RangeError(`Cannot take ${numerator}/${denominator} of ${amount}`);
  }
  const product = BigInt(amount) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const negative = product < 0n;
  const magnitude = (2n * (negative ? -product : product) + divisor) / (2n * divisor);
  const result = Number(negative ? -magnitude : magnitude);
  if (!Number.isSafeInteger(result)) {
    throw new RangeError(`${numerator}/${denominator} of ${amount} is not a safe integer`);
  }
  return result;
}

/**
 * `percent`% of an amount, rounded half-up: the restocking fee rule.
 * @example percentageHalfUp(4999, 20) // 1000 (999.8 rounds up)
 */
export function percentageHalfUp(amount: number, percent: number): number {
  return shareHalfUp(amount, percent, 100);
}
