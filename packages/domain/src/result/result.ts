import type { DomainError, DomainErrorCode, ErrorDetail } from './domain-error';

/** A success carrying its value. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** A failure carrying its error. */
export interface Err<E = DomainError> {
  readonly ok: false;
  readonly error: E;
}

/** The outcome of a rule that can refuse: expected failures are values, never thrown. */
export type Result<T, E = DomainError> = Ok<T> | Err<E>;

/** Wraps a value as a success. Guards that only pass or refuse return `ok(undefined)`. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Builds a failure with a stable code, a human sentence and machine-readable details.
 * @example err('CURRENCY_MISMATCH', 'Cannot add EUR to USD', { left: 'USD', right: 'EUR' })
 */
export function err(
  code: DomainErrorCode,
  message: string,
  details: Readonly<Record<string, ErrorDetail>> = {},
): Err {
  return { ok: false, error: { code, message, details } };
}

/**
 * Turns a list of results into one: the values in order, or the first failure.
 * @example collect([ok(1), ok(2)]) // ok([1, 2])
 */
export function collect<T>(results: readonly Result<T>[]): Result<T[]> {
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return ok(values);
}
